import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentOf } from '../graphql';

export const UnitRow_UnitFragment = graphql(`
  fragment UnitRow_Unit on Unit {
    id
    name
    shortName
    active
    type {
      id
      code
      nameVi
      nameEn
      scored
    }
  }
`);

export function UnitRow({ unit: unitRef }: { unit: FragmentOf<typeof UnitRow_UnitFragment> }) {
  const { t, i18n } = useTranslation();
  const unit = readFragment(UnitRow_UnitFragment, unitRef);
  const typeName = i18n.language.startsWith('en') ? unit.type.nameEn : unit.type.nameVi;
  return (
    <tr className={unit.active ? undefined : 'row-muted'}>
      <th scope="row" className="cell-name">
        {unit.name}
      </th>
      <td className="cell-type">
        {typeName}
        {unit.type.scored ? null : <span className="muted"> ({t('units.notScored')})</span>}
      </td>
      <td className="cell-status">
        <span className={unit.active ? 'badge badge-ok' : 'badge'}>
          {unit.active ? t('units.active') : t('units.inactive')}
        </span>
      </td>
    </tr>
  );
}

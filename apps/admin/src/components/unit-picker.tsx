import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentOf } from '../graphql';
import type { FieldControlProps } from './form/field';

export const UnitPicker_UnitTypeFragment = graphql(`
  fragment UnitPicker_UnitType on UnitType {
    id
    nameVi
    nameEn
    units {
      id
      name
      active
    }
  }
`);

/**
 * A unit, grouped by unit type (from `unitTypes`, not the paged `Query.units`). Units no longer
 * active are left out, except the one already chosen.
 */
export function UnitPicker({
  unitTypes,
  control,
  current,
  ...select
}: {
  unitTypes: readonly FragmentOf<typeof UnitPicker_UnitTypeFragment>[];
  control: FieldControlProps;
  /** The unit the account has now (kept in the list even when inactive). */
  current?: string | null | undefined;
} & React.SelectHTMLAttributes<HTMLSelectElement> & { ref?: React.Ref<HTMLSelectElement> }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  const types = unitTypes.map((type) => readFragment(UnitPicker_UnitTypeFragment, type));
  return (
    <select {...control} {...select}>
      <option value="">{t('users.noUnit')}</option>
      {types.map((type) => {
        const units = type.units.filter((unit) => unit.active || unit.id === current);
        if (units.length === 0) return null;
        return (
          <optgroup key={type.id} label={english ? type.nameEn : type.nameVi}>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </optgroup>
        );
      })}
    </select>
  );
}

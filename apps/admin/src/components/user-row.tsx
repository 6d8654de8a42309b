import { useTranslation } from 'react-i18next';
import { graphql, readFragment, type FragmentOf } from '../graphql';

export const UserRow_UserFragment = graphql(`
  fragment UserRow_User on User {
    id
    email
    fullName
    roles
    active
    viewerCanManage
    unit {
      id
      name
    }
  }
`);

/**
 * One account: a table row on a wide screen, a card on a phone (styles.css). The actions show
 * when the server says the viewer may manage the account.
 */
export function UserRow({
  user: userRef,
  onEdit,
  onResetPassword,
}: {
  user: FragmentOf<typeof UserRow_UserFragment>;
  onEdit: () => void;
  onResetPassword: () => void;
}) {
  const { t } = useTranslation();
  const user = readFragment(UserRow_UserFragment, userRef);
  return (
    <tr className={user.active ? undefined : 'row-muted'}>
      <th scope="row" className="cell-name">
        {user.fullName}
      </th>
      <td className="cell-email">{user.email}</td>
      <td className="cell-roles" data-label={t('users.roles')}>
        {user.roles.map((role) => t(`roles.${role}`)).join(', ')}
      </td>
      <td className="cell-unit" data-label={t('users.unit')}>
        {user.unit?.name ?? <span className="muted">{t('users.noUnitShort')}</span>}
      </td>
      <td className="cell-status">
        <span className={user.active ? 'badge badge-ok' : 'badge badge-inactive'}>
          {user.active ? t('users.active') : t('users.inactive')}
        </span>
      </td>
      <td className="cell-actions">
        {user.viewerCanManage ? (
          <div className="row-actions">
            <button type="button" onClick={onEdit} aria-label={t('users.editLabel', { name: user.fullName })}>
              {t('users.edit')}
            </button>
            <button type="button" onClick={onResetPassword} aria-label={t('users.resetLabel', { name: user.fullName })}>
              {t('users.reset')}
            </button>
          </div>
        ) : null}
      </td>
    </tr>
  );
}

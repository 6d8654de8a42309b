import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../lib/user-form';

/** "Vai trò": one checkbox per role, in a fieldset whose legend names them; the error under it. */
export function RoleCheckboxes({
  registration,
  error,
}: {
  registration: UseFormRegisterReturn<'roles'>;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset
      className="dialog-fieldset role-checkboxes"
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>{t('users.roles')}</legend>
      {ROLES.map((role) => (
        <label key={role} className="field-check">
          <input type="checkbox" value={role} {...registration} />
          {t(`roles.${role}`)}
        </label>
      ))}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

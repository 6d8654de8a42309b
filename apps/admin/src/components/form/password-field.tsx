import { PASSWORD_MIN_LENGTH } from '@cchc/domain';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from './field';

/** A password field; a new password (`rule`) says how long it must be. */
export function PasswordField({
  label,
  error,
  registration,
  autoComplete = 'new-password',
  rule = false,
}: {
  label: React.ReactNode;
  error: string | undefined;
  registration: UseFormRegisterReturn;
  autoComplete?: 'new-password' | 'current-password';
  rule?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Field label={label} hint={rule ? t('users.passwordRule', { min: PASSWORD_MIN_LENGTH }) : undefined} error={error}>
      {(control) => <input {...control} type="password" autoComplete={autoComplete} {...registration} />}
    </Field>
  );
}

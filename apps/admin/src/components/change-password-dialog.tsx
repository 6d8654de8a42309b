import { PASSWORD_MIN_LENGTH, type ChangePasswordInput } from '@cchc/domain';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../graphql';
import { CHANGE_PASSWORD_FIELDS, changePasswordResolver, type ChangePasswordFormValues } from '../lib/user-form';
import { Dialog } from './form/dialog';
import { FormActions } from './form/form-actions';
import { FormError } from './form/form-error';
import { PasswordField } from './form/password-field';
import { useServerForm } from './form/use-server-form';
import { ValidationErrorFields } from './form/error-fragments';

export const ChangePasswordMutation = graphql(
  `
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
      ... on UserSuccess {
        user {
          id
        }
      }
      ...ValidationErrorFields
    }
  }
`,
  [ValidationErrorFields],
);

/**
 * "Đổi mật khẩu" for the signed-in person: the current password, the new one twice (the repeat is
 * the form's own check, never sent). The person's other sessions end; this one stays.
 */
export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<ChangePasswordFormValues, unknown, ChangePasswordInput>({
    resolver: changePasswordResolver,
    defaultValues: { currentPassword: '', newPassword: '', repeatPassword: '' },
  });
  const [done, setDone] = useState(false);
  const [{ fetching: sending }, changePassword] = useMutation(ChangePasswordMutation);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const server = useServerForm({
    form,
    fields: CHANGE_PASSWORD_FIELDS,
    failedKey: 'account.changeFailed',
    params: { min: PASSWORD_MIN_LENGTH },
  });
  const { fieldError } = server;
  const errors = form.formState.errors;

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const send = async (input: ChangePasswordInput) => {
    server.setTop([]);
    const result = await changePassword({ input });
    const payload = result.data?.changePassword;
    if (result.error || !payload) return server.failRequest(result.error);
    if (payload.__typename === 'UserSuccess') return setDone(true);
    return server.failAnswer(payload);
  };

  const onSubmit = form.handleSubmit((input) => {
    if (!sending) void send(input);
  });

  return (
    <Dialog title={t('account.changePassword')} onRequestClose={() => (sending ? undefined : onClose())}>
      {done ? (
        <div className="dialog-form">
          <p className="announcement" role="status" tabIndex={-1} ref={doneRef}>
            {t('account.changed')}
          </p>
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={onClose}>
              {t('account.close')}
            </button>
          </div>
        </div>
      ) : (
        <form className="dialog-form" noValidate onSubmit={onSubmit} aria-busy={sending || undefined}>
          <FormError ref={server.alertRef} messages={server.messages} />
          <PasswordField
            label={t('account.currentPassword')}
            autoComplete="current-password"
            error={fieldError(errors.currentPassword, 'currentPassword')}
            registration={form.register('currentPassword')}
          />
          <PasswordField
            label={t('account.newPassword')}
            rule
            error={fieldError(errors.newPassword, 'newPassword')}
            registration={form.register('newPassword')}
          />
          <PasswordField
            label={t('account.repeatPassword')}
            error={fieldError(errors.repeatPassword, 'repeatPassword')}
            registration={form.register('repeatPassword')}
          />
          <p className="field-hint">{t('account.otherSessionsEnd')}</p>
          <FormActions submit={t('account.changeSubmit')} sending={sending} onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}

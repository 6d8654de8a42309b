import { PASSWORD_MIN_LENGTH, type ResetPasswordInput } from '@cchc/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../graphql';
import { RESET_PASSWORD_FIELDS, resetPasswordResolver, type ResetPasswordFormValues } from '../lib/user-form';
import { Dialog } from './form/dialog';
import { ConfirmStep, FormActions } from './form/form-actions';
import { FormError } from './form/form-error';
import { PasswordField } from './form/password-field';
import { useServerForm } from './form/use-server-form';
import { ForbiddenErrorFields, NotFoundErrorFields, ValidationErrorFields } from './form/error-fragments';

export const ResetUserPasswordMutation = graphql(
  `
  mutation ResetUserPassword($input: ResetUserPasswordInput!) {
    resetUserPassword(input: $input) {
      __typename
      ... on UserSuccess {
        user {
          id
        }
      }
      ...ValidationErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
    }
  }
`,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields],
);

/**
 * "Đặt lại mật khẩu": a new password for someone who lost theirs. It ends their sessions, so the
 * dialog says so and asks once more before sending.
 */
export function UserResetPasswordDialog({
  user,
  onClose,
  onDone,
}: {
  user: { id: string; fullName: string; email: string };
  onClose: () => void;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [resolver] = useState(() => resetPasswordResolver(user.id));
  const form = useForm<ResetPasswordFormValues, unknown, ResetPasswordInput>({
    resolver,
    defaultValues: { newPassword: '' },
  });
  const [confirming, setConfirming] = useState<ResetPasswordInput | null>(null);
  const [{ fetching: sending }, resetPassword] = useMutation(ResetUserPasswordMutation);
  const server = useServerForm({
    form,
    fields: RESET_PASSWORD_FIELDS,
    failedKey: 'users.failed',
    params: { min: PASSWORD_MIN_LENGTH },
  });

  const send = async (input: ResetPasswordInput) => {
    server.setTop([]);
    setConfirming(null);
    const result = await resetPassword({ input });
    const payload = result.data?.resetUserPassword;
    if (result.error || !payload) return server.failRequest(result.error);
    if (payload.__typename === 'UserSuccess') return onDone(user.fullName);
    return server.failAnswer(payload, 'user.NOT_FOUND');
  };

  const onSubmit = form.handleSubmit((input) => {
    if (!sending) setConfirming(input);
  });

  return (
    <Dialog
      title={t('users.resetTitle', { name: user.fullName })}
      onRequestClose={() => {
        if (sending) return;
        if (confirming) setConfirming(null);
        else onClose();
      }}
    >
      <form className="dialog-form" noValidate onSubmit={onSubmit} aria-busy={sending || undefined}>
        <p className="field-hint">{t('users.resetIntro', { email: user.email })}</p>
        <FormError ref={server.alertRef} messages={server.messages} />
        <PasswordField
          label={t('users.newPassword')}
          rule
          error={server.fieldError(form.formState.errors.newPassword, 'newPassword')}
          registration={form.register('newPassword')}
        />
        {confirming ? (
          <ConfirmStep
            question={t('users.resetConfirm', { name: user.fullName })}
            confirm={t('users.resetConfirmButton')}
            sending={sending}
            onConfirm={() => void send(confirming)}
            onBack={() => setConfirming(null)}
          />
        ) : null}
        <FormActions submit={t('users.reset')} sending={sending} disabled={confirming !== null} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

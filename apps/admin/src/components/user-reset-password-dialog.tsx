import { PASSWORD_MIN_LENGTH, type ResetPasswordInput } from '@cchc/domain';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../graphql';
import {
  RESET_PASSWORD_FIELDS,
  resetPasswordResolver,
  type Problem,
  type ResetPasswordFormValues,
} from '../lib/user-form';
import { Dialog } from './form/dialog';
import { useProblemText, type CodedMessage } from './form/error-text';
import { Field } from './form/field';
import { FormError } from './form/form-error';
import { deniedMessage, requestErrorMessage, showProblems } from './form/server-problems';

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($input: ResetUserPasswordInput!) {
    resetUserPassword(input: $input) {
      __typename
      ... on UserSuccess {
        user {
          id
        }
      }
      ... on ValidationError {
        message
        code
        problems {
          field
          code
          message
        }
      }
      ... on ForbiddenError {
        message
        code
        reason
      }
      ... on NotFoundError {
        message
        code
      }
    }
  }
`);

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
  const [top, setTop] = useState<CodedMessage[]>([]);
  const [confirming, setConfirming] = useState<ResetPasswordInput | null>(null);
  const [{ fetching: sending }, resetPassword] = useMutation(ResetUserPasswordMutation);
  const alertRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const { text, fieldError } = useProblemText({ min: PASSWORD_MIN_LENGTH });
  const focusTop = () => window.setTimeout(() => alertRef.current?.focus(), 0);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const fail = (problems: readonly Problem[], others: CodedMessage[] = []) =>
    setTop(showProblems(form, RESET_PASSWORD_FIELDS, problems, others, focusTop));

  const send = async (input: ResetPasswordInput) => {
    setTop([]);
    setConfirming(null);
    const result = await resetPassword({ input });
    const payload = result.data?.resetUserPassword;
    if (result.error || !payload)
      return fail(
        [],
        [{ message: t('users.failed', { message: result.error ? requestErrorMessage(result.error) : '' }) }],
      );
    switch (payload.__typename) {
      case 'UserSuccess':
        onDone(user.fullName);
        return;
      case 'ValidationError':
        return fail(payload.problems, payload.problems.length === 0 ? [payload] : []);
      case 'ForbiddenError':
        return fail([], [deniedMessage(payload)]);
      case 'NotFoundError':
        return fail([], [{ code: 'user.NOT_FOUND', message: payload.message }]);
    }
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
        <FormError ref={alertRef} messages={top.map((problem) => text(problem))} />
        <Field
          label={t('users.newPassword')}
          hint={t('users.passwordRule', { min: PASSWORD_MIN_LENGTH })}
          error={fieldError(form.formState.errors.newPassword, 'newPassword')}
        >
          {(control) => (
            <input {...control} type="password" autoComplete="new-password" {...form.register('newPassword')} />
          )}
        </Field>
        {confirming ? (
          <div className="confirm" role="alert">
            <p>{t('users.resetConfirm', { name: user.fullName })}</p>
            <div className="dialog-actions">
              <button
                type="button"
                ref={confirmRef}
                className="primary"
                disabled={sending}
                onClick={() => void send(confirming)}
              >
                {t('users.resetConfirmButton')}
              </button>
              <button type="button" disabled={sending} onClick={() => setConfirming(null)}>
                {t('users.back')}
              </button>
            </div>
          </div>
        ) : null}
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={sending || confirming !== null}>
            {sending ? t('users.saving') : t('users.reset')}
          </button>
          <button type="button" disabled={sending} onClick={onClose}>
            {t('users.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

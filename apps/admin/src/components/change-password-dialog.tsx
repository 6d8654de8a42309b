import { PASSWORD_MIN_LENGTH, type ChangePasswordInput } from '@cchc/domain';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../graphql';
import {
  CHANGE_PASSWORD_FIELDS,
  changePasswordResolver,
  type ChangePasswordFormValues,
  type Problem,
} from '../lib/user-form';
import { Dialog } from './form/dialog';
import { useProblemText, type CodedMessage } from './form/error-text';
import { Field } from './form/field';
import { FormError } from './form/form-error';
import { requestErrorMessage, showProblems } from './form/server-problems';

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
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
    }
  }
`);

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
  const [top, setTop] = useState<CodedMessage[]>([]);
  const [done, setDone] = useState(false);
  const [{ fetching: sending }, changePassword] = useMutation(ChangePasswordMutation);
  const alertRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const { text, fieldError } = useProblemText({ min: PASSWORD_MIN_LENGTH });
  const errors = form.formState.errors;
  const focusTop = () => window.setTimeout(() => alertRef.current?.focus(), 0);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const fail = (problems: readonly Problem[], others: CodedMessage[] = []) =>
    setTop(showProblems(form, CHANGE_PASSWORD_FIELDS, problems, others, focusTop));

  const send = async (input: ChangePasswordInput) => {
    setTop([]);
    const result = await changePassword({ input });
    const payload = result.data?.changePassword;
    if (result.error || !payload)
      return fail(
        [],
        [{ message: t('account.changeFailed', { message: result.error ? requestErrorMessage(result.error) : '' }) }],
      );
    if (payload.__typename === 'UserSuccess') return setDone(true);
    return fail(payload.problems, payload.problems.length === 0 ? [payload] : []);
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
          <FormError ref={alertRef} messages={top.map((problem) => text(problem))} />
          <Field label={t('account.currentPassword')} error={fieldError(errors.currentPassword, 'currentPassword')}>
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete="current-password"
                {...form.register('currentPassword')}
              />
            )}
          </Field>
          <Field
            label={t('account.newPassword')}
            hint={t('users.passwordRule', { min: PASSWORD_MIN_LENGTH })}
            error={fieldError(errors.newPassword, 'newPassword')}
          >
            {(control) => (
              <input {...control} type="password" autoComplete="new-password" {...form.register('newPassword')} />
            )}
          </Field>
          <Field label={t('account.repeatPassword')} error={fieldError(errors.repeatPassword, 'repeatPassword')}>
            {(control) => (
              <input {...control} type="password" autoComplete="new-password" {...form.register('repeatPassword')} />
            )}
          </Field>
          <p className="field-hint">{t('account.otherSessionsEnd')}</p>
          <div className="dialog-actions">
            <button type="submit" className="primary" disabled={sending}>
              {sending ? t('users.saving') : t('account.changeSubmit')}
            </button>
            <button type="button" disabled={sending} onClick={onClose}>
              {t('users.cancel')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

import { PASSWORD_MIN_LENGTH, type CreateUserInput } from '@cchc/domain';
import { useRef, useState } from 'react';
import { type FieldError, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql, type FragmentOf } from '../graphql';
import { CREATE_USER_FIELDS, createUserResolver, emptyCreateUser, type CreateUserFormValues } from '../lib/user-form';
import { Dialog } from './form/dialog';
import { useProblemText, type CodedMessage } from './form/error-text';
import { Field } from './form/field';
import { FormError } from './form/form-error';
import { deniedMessage, requestErrorMessage, showProblems } from './form/server-problems';
import { RoleCheckboxes } from './role-checkboxes';
import { UnitPicker, type UnitPicker_UnitTypeFragment } from './unit-picker';
import { UserRow_UserFragment } from './user-row';

export const CreateUserMutation = graphql(
  `
    mutation CreateUser($input: CreateUserInput!) {
      createUser(input: $input) {
        __typename
        ... on UserSuccess {
          user {
            id
            version
            ...UserRow_User
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
  `,
  [UserRow_UserFragment],
);

/** "Tạo tài khoản": email, full name, roles, the unit (required for a unit officer), first password. */
export function UserCreateDialog({
  unitTypes,
  onClose,
  onCreated,
}: {
  unitTypes: readonly FragmentOf<typeof UnitPicker_UnitTypeFragment>[];
  onClose: () => void;
  onCreated: (email: string) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<CreateUserFormValues, unknown, CreateUserInput>({
    resolver: createUserResolver,
    defaultValues: emptyCreateUser,
  });
  const [top, setTop] = useState<CodedMessage[]>([]);
  const [{ fetching: sending }, createUser] = useMutation(CreateUserMutation);
  const alertRef = useRef<HTMLDivElement>(null);
  const { text, fieldError } = useProblemText({ min: PASSWORD_MIN_LENGTH });
  const errors = form.formState.errors;
  const focusTop = () => window.setTimeout(() => alertRef.current?.focus(), 0);

  const send = async (input: CreateUserInput) => {
    setTop([]);
    const result = await createUser({ input });
    const payload = result.data?.createUser;
    const fail = (problems: Parameters<typeof showProblems>[2], others: CodedMessage[] = []) =>
      setTop(showProblems(form, CREATE_USER_FIELDS, problems, others, focusTop));
    if (result.error || !payload)
      return fail(
        [],
        [{ message: t('users.failed', { message: result.error ? requestErrorMessage(result.error) : '' }) }],
      );
    switch (payload.__typename) {
      case 'UserSuccess':
        onCreated(input.email);
        return;
      case 'ValidationError':
        return fail(payload.problems, payload.problems.length === 0 ? [payload] : []);
      case 'ForbiddenError':
        return fail([], [deniedMessage(payload)]);
      case 'NotFoundError':
        return fail([], [payload]);
    }
  };

  const onSubmit = form.handleSubmit(
    (input) => {
      if (!sending) void send(input);
    },
    (invalid) => {
      const root = invalid.root;
      setTop(root?.message ? [{ code: String(root.type), message: root.message }] : []);
    },
  );

  return (
    <Dialog title={t('users.create.title')} onRequestClose={() => (sending ? undefined : onClose())}>
      <form className="dialog-form" noValidate onSubmit={onSubmit} aria-busy={sending || undefined}>
        <FormError ref={alertRef} messages={top.map((problem) => text(problem))} />
        <Field label={t('users.email')} error={fieldError(errors.email, 'email')}>
          {(control) => <input {...control} type="email" autoComplete="off" {...form.register('email')} />}
        </Field>
        <Field label={t('users.fullName')} error={fieldError(errors.fullName, 'fullName')}>
          {(control) => <input {...control} autoComplete="off" {...form.register('fullName')} />}
        </Field>
        <RoleCheckboxes
          registration={form.register('roles')}
          error={fieldError(errors.roles as FieldError | undefined, 'roles')}
        />
        <Field label={t('users.unit')} hint={t('users.unitHint')} error={fieldError(errors.unitId, 'unitId')}>
          {(control) => <UnitPicker unitTypes={unitTypes} control={control} {...form.register('unitId')} />}
        </Field>
        <Field
          label={t('users.create.password')}
          hint={t('users.passwordRule', { min: PASSWORD_MIN_LENGTH })}
          error={fieldError(errors.password, 'password')}
        >
          {(control) => (
            <input {...control} type="password" autoComplete="new-password" {...form.register('password')} />
          )}
        </Field>
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={sending}>
            {sending ? t('users.saving') : t('users.create.submit')}
          </button>
          <button type="button" disabled={sending} onClick={onClose}>
            {t('users.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

import { PASSWORD_MIN_LENGTH, type CreateUserInput } from '@cchc/domain';
import { type FieldError, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql, type FragmentOf } from '../graphql';
import { CREATE_USER_FIELDS, createUserResolver, emptyCreateUser, type CreateUserFormValues } from '../lib/user-form';
import { Dialog } from './form/dialog';
import { Field } from './form/field';
import { FormActions } from './form/form-actions';
import { FormError } from './form/form-error';
import { PasswordField } from './form/password-field';
import { useServerForm } from './form/use-server-form';
import { RoleCheckboxes } from './role-checkboxes';
import { UnitPicker, type UnitPicker_UnitTypeFragment } from './unit-picker';
import { UserRow_UserFragment } from './user-row';
import { ForbiddenErrorFields, NotFoundErrorFields, ValidationErrorFields } from './form/error-fragments';

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
        ...ValidationErrorFields
        ...ForbiddenErrorFields
        ...NotFoundErrorFields
      }
    }
  `,
  [UserRow_UserFragment, ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields],
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
  const [{ fetching: sending }, createUser] = useMutation(CreateUserMutation);
  const server = useServerForm({
    form,
    fields: CREATE_USER_FIELDS,
    failedKey: 'users.failed',
    params: { min: PASSWORD_MIN_LENGTH },
  });
  const { fieldError } = server;
  const errors = form.formState.errors;

  const send = async (input: CreateUserInput) => {
    server.setTop([]);
    const result = await createUser({ input });
    const payload = result.data?.createUser;
    if (result.error || !payload) return server.failRequest(result.error);
    if (payload.__typename === 'UserSuccess') return onCreated(input.email);
    return server.failAnswer(payload);
  };

  const onSubmit = form.handleSubmit((input) => {
    if (!sending) void send(input);
  }, server.showInvalid);

  return (
    <Dialog title={t('users.create.title')} onRequestClose={() => (sending ? undefined : onClose())}>
      <form className="dialog-form" noValidate onSubmit={onSubmit} aria-busy={sending || undefined}>
        <FormError ref={server.alertRef} messages={server.messages} />
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
        <PasswordField
          label={t('users.create.password')}
          rule
          error={fieldError(errors.password, 'password')}
          registration={form.register('password')}
        />
        <FormActions submit={t('users.create.submit')} sending={sending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

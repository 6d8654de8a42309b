import type { UpdateUserInput } from '@cchc/domain';
import { useEffect, useRef, useState } from 'react';
import { type FieldError, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql, readFragment, type FragmentOf, type ResultOf } from '../graphql';
import { EDIT_USER_FIELDS, updateUserResolver, type EditUserFormValues, type UserBase } from '../lib/user-form';
import { Dialog } from './form/dialog';
import { Field } from './form/field';
import { ConfirmStep, FormActions } from './form/form-actions';
import { FormError } from './form/form-error';
import { useServerForm } from './form/use-server-form';
import { RoleCheckboxes } from './role-checkboxes';
import { UnitPicker, type UnitPicker_UnitTypeFragment } from './unit-picker';
import { UserRow_UserFragment } from './user-row';
import {
  ForbiddenErrorFields,
  NotFoundErrorFields,
  ValidationErrorFields,
  VersionConflictErrorFields,
} from './form/error-fragments';

export const UserEditDialog_UserFragment = graphql(`
  fragment UserEditDialog_User on User {
    id
    email
    fullName
    roles
    active
    version
    unit {
      id
    }
  }
`);

/** The account comes back as saved; graphcache merges it into the `User` entity the list shows. */
export const UpdateUserMutation = graphql(
  `
    mutation UpdateUser($input: UpdateUserInput!) {
      updateUser(input: $input) {
        __typename
        ... on UserSuccess {
          user {
            id
            ...UserRow_User
            ...UserEditDialog_User
          }
        }
        ...VersionConflictErrorFields
        ...ValidationErrorFields
        ...ForbiddenErrorFields
        ...NotFoundErrorFields
      }
    }
  `,
  [
    UserRow_UserFragment,
    UserEditDialog_UserFragment,
    ValidationErrorFields,
    ForbiddenErrorFields,
    NotFoundErrorFields,
    VersionConflictErrorFields,
  ],
);

type EditableUser = ResultOf<typeof UserEditDialog_UserFragment>;

function formValues(user: EditableUser): EditUserFormValues {
  return { fullName: user.fullName, roles: [...user.roles], unitId: user.unit?.id ?? '', active: user.active };
}

/**
 * "Sửa tài khoản": name, roles, unit, active. Deactivating ends the person's sessions, so it asks
 * first. The update carries the version the form was opened on: if someone changed the account
 * meanwhile, nothing is written; the person reloads the account as it is now and decides again.
 */
export function UserEditDialog({
  user: userRef,
  unitTypes,
  onClose,
  onSaved,
  onReload,
}: {
  user: FragmentOf<typeof UserEditDialog_UserFragment>;
  unitTypes: readonly FragmentOf<typeof UnitPicker_UnitTypeFragment>[];
  onClose: () => void;
  onSaved: (name: string) => void;
  /** Loads the accounts again from the server (the cache then holds this one as it is now). */
  onReload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const user = readFragment(UserEditDialog_UserFragment, userRef);
  const [base, setBase] = useState<UserBase>(() => ({ id: user.id, version: user.version }));
  const baseRef = useRef(base);
  baseRef.current = base;
  const [resolver] = useState(() => updateUserResolver(() => baseRef.current));
  const form = useForm<EditUserFormValues, unknown, UpdateUserInput>({ resolver, defaultValues: formValues(user) });
  /** The version the server has now, after a conflict; null when there is none. */
  const [conflict, setConflict] = useState<number | null>(null);
  const [reloading, setReloading] = useState(false);
  const [confirming, setConfirming] = useState<UpdateUserInput | null>(null);
  const [{ fetching: sending }, updateUser] = useMutation(UpdateUserMutation);
  const server = useServerForm({ form, fields: EDIT_USER_FIELDS, failedKey: 'users.failed' });
  const { alertRef, setTop, fieldError } = server;
  const errors = form.formState.errors;

  // after a reload, the account as it is now starts the form again
  useEffect(() => {
    if (!reloading || conflict === null || user.version < conflict) return;
    setBase({ id: user.id, version: user.version });
    form.reset(formValues(user));
    setConflict(null);
    setReloading(false);
    setTop([]);
    window.setTimeout(() => alertRef.current?.closest('form')?.querySelector<HTMLElement>('input')?.focus(), 0);
  }, [reloading, conflict, user, form, setTop, alertRef]);

  const send = async (input: UpdateUserInput) => {
    setTop([]);
    setConfirming(null);
    setConflict(null);
    const result = await updateUser({ input });
    const payload = result.data?.updateUser;
    if (result.error || !payload) return server.failRequest(result.error);
    switch (payload.__typename) {
      case 'UserSuccess':
        onSaved(input.fullName ?? user.fullName);
        return;
      case 'ConflictError':
        setConflict(payload.currentVersion);
        server.focusTop();
        return;
      default:
        return server.failAnswer(payload, 'user.NOT_FOUND');
    }
  };

  const onSubmit = form.handleSubmit((input) => {
    if (sending) return;
    // deactivating ends the person's sessions: ask first
    if (user.active && input.active === false) setConfirming(input);
    else void send(input);
  }, server.showInvalid);

  const requestClose = () => {
    if (sending) return;
    if (confirming) setConfirming(null);
    else onClose();
  };

  return (
    <Dialog title={t('users.editTitle', { name: user.fullName })} onRequestClose={requestClose}>
      <form className="dialog-form" noValidate onSubmit={onSubmit} aria-busy={sending || undefined}>
        <p className="field-hint">{user.email}</p>
        <FormError ref={alertRef} messages={server.messages}>
          {conflict !== null ? (
            <div className="conflict">
              <p>{t('users.conflict')}</p>
              <button
                type="button"
                disabled={reloading}
                onClick={() => {
                  setReloading(true);
                  void onReload();
                }}
              >
                {reloading ? t('app.loading') : t('users.reload')}
              </button>
            </div>
          ) : null}
        </FormError>
        <Field label={t('users.fullName')} error={fieldError(errors.fullName, 'fullName')}>
          {(control) => <input {...control} autoComplete="off" {...form.register('fullName')} />}
        </Field>
        <RoleCheckboxes
          registration={form.register('roles')}
          error={fieldError(errors.roles as FieldError | undefined, 'roles')}
        />
        <Field label={t('users.unit')} hint={t('users.unitHint')} error={fieldError(errors.unitId, 'unitId')}>
          {(control) => (
            <UnitPicker
              unitTypes={unitTypes}
              control={control}
              current={user.unit?.id}
              defaultValue={form.formState.defaultValues?.unitId}
              {...form.register('unitId')}
            />
          )}
        </Field>
        <label className="field-check">
          <input type="checkbox" {...form.register('active')} />
          {t('users.activeLabel')}
        </label>
        {confirming ? (
          <ConfirmStep
            question={t('users.deactivateConfirm', { name: user.fullName })}
            confirm={t('users.deactivate')}
            sending={sending}
            onConfirm={() => void send(confirming)}
            onBack={() => setConfirming(null)}
          />
        ) : null}
        <FormActions
          submit={t('users.save')}
          sending={sending}
          disabled={confirming !== null || conflict !== null}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

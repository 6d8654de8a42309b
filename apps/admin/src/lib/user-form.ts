/**
 * The account forms (create, edit, reset a password, change one's own password): their values,
 * how they become the mutations' inputs, and their problems.
 *
 * Each input is checked with the domain's schema, the one the server validates with, so the form
 * and the server find the same problems under the same fields with the same codes. On top of it a
 * form checks only what is its own (the repeated new password). Problems carry a code and the
 * (Vietnamese) text of the server or the domain; the admin translates codes where they are shown
 * (`problems.<field>.<CODE>`, then `problems.<CODE>`), the text is the fallback.
 */
import {
  changePasswordInputSchema,
  createUserInputSchema,
  inputProblems,
  resetPasswordInputSchema,
  Role,
  updateUserInputSchema,
  userUnitProblem,
  type ChangePasswordInput,
  type CreateUserInput,
  type ResetPasswordInput,
  type UpdateUserInput,
} from '@cchc/domain';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/** The roles in the order the forms list them. */
export const ROLES = Object.values(Role);

export interface Problem {
  /** The input path as the server names it ("roles.0"), or "" / "id" for the whole form. */
  field: string;
  code: string;
  message: string;
}

/** Problems → the first one of each of `fields` (by the path's first part), and the rest. */
export function placeProblems<F extends string>(
  problems: readonly Problem[],
  fields: readonly F[],
): { fields: Map<F, Problem>; rest: Problem[] } {
  const placed = new Map<F, Problem>();
  const rest: Problem[] = [];
  for (const problem of problems) {
    const head = problem.field.split('.')[0] as F;
    if (fields.includes(head)) {
      if (!placed.has(head)) placed.set(head, problem);
    } else if (!rest.some((p) => p.code === problem.code && p.message === problem.message)) {
      rest.push(problem);
    }
  }
  return { fields: placed, rest };
}

/**
 * A form's resolver: the domain schema on the input the values make, then the form's own checks.
 * Errors are `{ type: code, message }` under each field, the first other problem under `root`.
 */
export function schemaResolver<V extends FieldValues, I, F extends string & keyof V>(
  schema: z.ZodType<unknown, I>,
  toInput: (values: V) => I,
  fields: readonly F[],
  own: (values: V) => Problem[] = () => [],
): Resolver<V, unknown, I> {
  return async (values) => {
    const input = toInput(values);
    const parsed = schema.safeParse(input);
    const problems = [...(parsed.success ? [] : inputProblems(parsed.error)), ...own(values)];
    if (problems.length === 0) return { values: input, errors: {} };
    const placed = placeProblems(problems, fields);
    const errors: Record<string, { type: string; message: string }> = {};
    for (const [field, problem] of placed.fields) errors[field] = { type: problem.code, message: problem.message };
    const first = placed.rest[0];
    if (first) errors.root = { type: first.code, message: first.message };
    return { values: {}, errors: errors as FieldErrors<V> };
  };
}

// --- Create an account -----------------------------------------------------------------------

export interface CreateUserFormValues {
  email: string;
  fullName: string;
  roles: Role[];
  /** "" while no unit is chosen. */
  unitId: string;
  password: string;
}
export const CREATE_USER_FIELDS = ['email', 'fullName', 'roles', 'unitId', 'password'] as const;

export const emptyCreateUser: CreateUserFormValues = { email: '', fullName: '', roles: [], unitId: '', password: '' };

export function createUserInput(values: CreateUserFormValues): CreateUserInput {
  return {
    email: values.email.trim(),
    fullName: values.fullName,
    roles: values.roles,
    unitId: values.unitId || null,
    // never trimmed: the password is what was typed
    password: values.password,
  };
}

export const createUserResolver = schemaResolver<
  CreateUserFormValues,
  CreateUserInput,
  (typeof CREATE_USER_FIELDS)[number]
>(createUserInputSchema, createUserInput, CREATE_USER_FIELDS);

// --- Edit an account -------------------------------------------------------------------------

export interface EditUserFormValues {
  fullName: string;
  roles: Role[];
  unitId: string;
  active: boolean;
}
export const EDIT_USER_FIELDS = ['fullName', 'roles', 'unitId', 'active'] as const;

/** What the form was opened on (or last reloaded from). */
export interface UserBase {
  id: string;
  version: number;
}

/** The values as UpdateUserInput: every field the form holds (a unit left empty is removed). */
export function updateUserInput(values: EditUserFormValues, base: UserBase): UpdateUserInput {
  return {
    id: base.id,
    version: base.version,
    fullName: values.fullName,
    roles: values.roles,
    unitId: values.unitId || null,
    active: values.active,
  };
}

export function updateUserResolver(base: () => UserBase) {
  return schemaResolver<EditUserFormValues, UpdateUserInput, (typeof EDIT_USER_FIELDS)[number]>(
    updateUserInputSchema,
    (values) => updateUserInput(values, base()),
    EDIT_USER_FIELDS,
    // the unit rule on the whole account, as the server applies it after merging the change
    (values) => {
      const problem = userUnitProblem(values.roles, values.unitId || null);
      return problem ? [problem] : [];
    },
  );
}

// --- Reset a password (the administrator) ----------------------------------------------------

export interface ResetPasswordFormValues {
  newPassword: string;
}
export const RESET_PASSWORD_FIELDS = ['newPassword'] as const;

export function resetPasswordResolver(id: string) {
  return schemaResolver<ResetPasswordFormValues, ResetPasswordInput, 'newPassword'>(
    resetPasswordInputSchema,
    (values) => ({ id, newPassword: values.newPassword }),
    RESET_PASSWORD_FIELDS,
  );
}

// --- Change one's own password ---------------------------------------------------------------

export interface ChangePasswordFormValues {
  currentPassword: string;
  newPassword: string;
  /** The form's own check: typed twice the same. Never sent. */
  repeatPassword: string;
}
export const CHANGE_PASSWORD_FIELDS = ['currentPassword', 'newPassword', 'repeatPassword'] as const;

export const changePasswordResolver = schemaResolver<
  ChangePasswordFormValues,
  ChangePasswordInput,
  (typeof CHANGE_PASSWORD_FIELDS)[number]
>(
  changePasswordInputSchema,
  (values) => ({ currentPassword: values.currentPassword, newPassword: values.newPassword }),
  CHANGE_PASSWORD_FIELDS,
  (values) => {
    const problems: Problem[] = [];
    if (values.currentPassword === '')
      problems.push({ field: 'currentPassword', code: 'REQUIRED', message: 'Không được để trống.' });
    if (values.repeatPassword !== values.newPassword)
      problems.push({
        field: 'repeatPassword',
        code: 'PASSWORD_MISMATCH',
        message: 'Hai lần nhập mật khẩu mới không khớp.',
      });
    return problems;
  },
);

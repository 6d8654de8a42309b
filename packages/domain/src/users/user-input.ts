// The inputs of managing people (the administrator) and of changing one's own password: one zod
// schema each, shared by the server and the admin's forms, with stable problem codes.
import { z } from 'zod';
import { Role } from '../enums';
import { inputIssue } from '../text/input-problems';
import { requiredText, TEXT_LIMITS } from '../text/input-text';

const problem = inputIssue;

const id = z.string().max(TEXT_LIMITS.id, problem('INVALID', 'Mã không hợp lệ.'));

const email = requiredText(TEXT_LIMITS.email)
  .transform((v) => v.toLowerCase())
  .refine((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), problem('INVALID_EMAIL', 'Email không đúng định dạng.'));

export const PASSWORD_MIN_LENGTH = 10;

/** A new password: 10 to 200 characters, not only spaces. Never normalised or trimmed. */
export const newPasswordSchema = z
  .string()
  .refine(
    (p) => p.length >= PASSWORD_MIN_LENGTH,
    problem('PASSWORD_TOO_SHORT', `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`),
  )
  .refine(
    (p) => p.length <= TEXT_LIMITS.password,
    problem('TOO_LONG', `Mật khẩu dài quá ${TEXT_LIMITS.password} ký tự.`),
  )
  .refine((p) => p.trim() !== '', problem('REQUIRED', 'Không được để trống.'));

const roles = z
  .array(z.enum(Role))
  .min(1, problem('REQUIRED', 'Cần ít nhất một vai trò.'))
  .max(5, problem('INVALID', 'Vai trò không hợp lệ.'))
  .transform((r) => [...new Set(r)]);

/** A unit officer works for one unit. */
function unitRule(
  input: { roles?: readonly Role[] | undefined; unitId?: string | null | undefined },
  ctx: z.RefinementCtx,
) {
  if (input.roles?.includes('UNIT_OFFICER') && !input.unitId) {
    ctx.addIssue({
      code: 'custom',
      path: ['unitId'],
      ...problem('UNIT_REQUIRED', 'Cán bộ đầu mối phải thuộc một đơn vị.'),
    });
  }
}

export const createUserInputSchema = z
  .object({
    email,
    fullName: requiredText(TEXT_LIMITS.name),
    roles,
    unitId: id.nullish(),
    password: newPasswordSchema,
  })
  .superRefine(unitRule);

/** Changes to a user; absent fields stay as they are. `unitId: null` removes the unit. */
export const updateUserInputSchema = z.object({
  id,
  version: z.number().refine((v) => Number.isInteger(v) && v >= 1, problem('INVALID', 'Phiên bản không hợp lệ.')),
  fullName: requiredText(TEXT_LIMITS.name).optional(),
  roles: roles.optional(),
  unitId: id.nullish(),
  active: z.boolean().optional(),
});

export const resetPasswordInputSchema = z.object({ id, newPassword: newPasswordSchema });

export const changePasswordInputSchema = z
  .object({ currentPassword: z.string().max(TEXT_LIMITS.password), newPassword: newPasswordSchema })
  .superRefine((input, ctx) => {
    if (input.currentPassword === input.newPassword) {
      ctx.addIssue({
        code: 'custom',
        path: ['newPassword'],
        ...problem('SAME_PASSWORD', 'Mật khẩu mới phải khác mật khẩu cũ.'),
      });
    }
  });

export type CreateUserInput = z.input<typeof createUserInputSchema>;
export type UpdateUserInput = z.input<typeof updateUserInputSchema>;
export type ResetPasswordInput = z.input<typeof resetPasswordInputSchema>;
export type ChangePasswordInput = z.input<typeof changePasswordInputSchema>;

/** The unit rule applied to a user after an update (the merged roles and unit). */
export function userUnitProblem(
  roles: readonly Role[],
  unitId: string | null,
): { field: string; code: string; message: string } | null {
  return roles.includes('UNIT_OFFICER') && !unitId
    ? { field: 'unitId', code: 'UNIT_REQUIRED', message: 'Cán bộ đầu mối phải thuộc một đơn vị.' }
    : null;
}

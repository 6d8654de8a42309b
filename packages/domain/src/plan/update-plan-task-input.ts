// The input of "update a plan task", as one zod schema: the API validates with it and the admin's
// form builds on it, so both list the same problems under the same fields with the same codes.
// Dates are checked again against the plan year by `validateTimingOverride` (it needs the year).
import { z } from 'zod';
import { inputIssue } from '../text/input-problems';
import { TaskStatus } from '../enums';
import { optionalText, TEXT_LIMITS } from '../text/input-text';
import { isIsoDate } from '../time/iso-date';

/** A stable code per problem; the admin translates codes, the server's Vietnamese text is a fallback. */
export type UpdatePlanTaskProblemCode = 'REQUIRED' | 'INVALID_DATE' | 'EXCLUSIVE' | 'NOTHING_TO_CHANGE' | 'INVALID';

const problem = (code: UpdatePlanTaskProblemCode, message: string) => inputIssue(code, message);

const isoDate = z.string().refine(isIsoDate, problem('INVALID_DATE', 'Ngày không hợp lệ.'));

export const taskTimingInputSchema = z.object({
  start: isoDate,
  end: isoDate,
  due: isoDate.nullish(),
});

export const updatePlanTaskInputSchema = z
  .object({
    id: z
      .string()
      .max(TEXT_LIMITS.id, problem('INVALID', 'Mã không hợp lệ.'))
      .refine((id) => id.trim() !== '', problem('REQUIRED', 'Thiếu mã nhiệm vụ.')),
    version: z.number().refine((v) => Number.isInteger(v) && v >= 1, problem('INVALID', 'Phiên bản không hợp lệ.')),
    status: z.enum(TaskStatus).nullish(),
    timing: taskTimingInputSchema.nullish(),
    resetTiming: z.boolean().nullish(),
    reason: optionalText(TEXT_LIMITS.reason),
  })
  .superRefine((input, ctx) => {
    const reason = input.reason ?? '';
    if (input.timing && input.resetTiming) {
      ctx.addIssue({
        code: 'custom',
        path: ['resetTiming'],
        ...problem('EXCLUSIVE', 'Không thể vừa đặt ngày vừa khôi phục ngày tính từ kế hoạch.'),
      });
    }
    if (input.timing && !reason) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        ...problem('REQUIRED', 'Cần ghi lý do khi đặt ngày thủ công.'),
      });
    }
    if (!input.status && !input.timing && !input.resetTiming) {
      ctx.addIssue({ code: 'custom', path: ['id'], ...problem('NOTHING_TO_CHANGE', 'Không có thay đổi nào.') });
    }
  });

export type UpdatePlanTaskInput = z.input<typeof updatePlanTaskInputSchema>;

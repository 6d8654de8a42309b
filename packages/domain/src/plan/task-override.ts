// Home Affairs' hand-set status of a plan task (PlanTask.statusOverride): kept apart from the
// roll-up of the units' progress, always with a reason (audited). Clearing it (status null) returns
// the task to its roll-up. CANCELLED exists only as an override.
import { z } from 'zod';
import { TaskStatus } from '../enums';
import { requiredText, TEXT_LIMITS } from '../text/input-text';
import { inputIssue } from '../text/input-problems';

export const overrideTaskStatusInputSchema = z.object({
  taskId: z
    .string()
    .max(TEXT_LIMITS.id, inputIssue('INVALID', 'Mã không hợp lệ.'))
    .refine((id) => id.trim() !== '', inputIssue('REQUIRED', 'Thiếu mã nhiệm vụ.')),
  version: z.number().refine((v) => Number.isInteger(v) && v >= 1, inputIssue('INVALID', 'Phiên bản không hợp lệ.')),
  /** The status Home Affairs sets; null clears the override (back to the roll-up). */
  status: z.enum(TaskStatus).nullable(),
  reason: requiredText(TEXT_LIMITS.reason),
});

export type OverrideTaskStatusInput = z.input<typeof overrideTaskStatusInputSchema>;

/** The columns an override (or its clearing) writes, given the roll-up's status. */
export function overrideColumns(
  override: (typeof TaskStatus)[keyof typeof TaskStatus] | null,
  rollupStatus: (typeof TaskStatus)[keyof typeof TaskStatus],
  reason: string | null,
  previousCompletedAt: Date | null,
  now: Date,
) {
  const status = override ?? rollupStatus;
  return {
    statusOverride: override,
    statusOverrideReason: override ? reason : null,
    status,
    completedAt: status === 'DONE' ? (previousCompletedAt ?? now) : null,
  };
}

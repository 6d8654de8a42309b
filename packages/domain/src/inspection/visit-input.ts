// The inputs of planning inspection visits, as zod schemas shared by the server and the admin's forms:
// the year's inspection plan, a visit (unit, one day's window, place, team with exactly one lead,
// scope as framework nodes and/or text), a change of it (versioned), a step (notify, start) and a
// cancellation (a reason required). Problems carry stable codes under their fields.
import { z } from 'zod';
import { inputIssue } from '../text/input-problems';
import { optionalText, requiredText, TEXT_LIMITS } from '../text/input-text';
import { isIsoDate } from '../time/iso-date';
import { isTimeOfDay, minutesOfDay } from './visit-window';

export type VisitInputProblemCode =
  | 'REQUIRED'
  | 'INVALID'
  | 'INVALID_DATE'
  | 'INVALID_TIME'
  | 'END_BEFORE_START'
  | 'TEAM_REQUIRED'
  | 'ONE_LEAD'
  | 'DUPLICATE_MEMBER'
  | 'SCOPE_REQUIRED';

const problem = (code: VisitInputProblemCode, message: string) => inputIssue(code, message);

export const VISIT_LIMITS = { team: 20, scopeNodes: 100, scopeText: 2_000, place: 300, title: 300 } as const;

const id = z
  .string()
  .max(TEXT_LIMITS.id, problem('INVALID', 'Mã không hợp lệ.'))
  .refine((v) => v.trim() !== '', problem('REQUIRED', 'Không được để trống.'));
const version = z.number().refine((v) => Number.isInteger(v) && v >= 1, problem('INVALID', 'Phiên bản không hợp lệ.'));
const date = z.string().refine(isIsoDate, problem('INVALID_DATE', 'Ngày không hợp lệ.'));
const time = z.string().refine(isTimeOfDay, problem('INVALID_TIME', 'Giờ không hợp lệ (HH:mm).'));

export const saveInspectionPlanInputSchema = z.object({
  yearId: id,
  /** The plan's version the person saw; null when the year has no plan yet. */
  version: version.nullish(),
  title: requiredText(VISIT_LIMITS.title),
  /** The plan task that orders the inspections (task VII.1 in the sample); null for none. */
  planTaskId: id.nullish(),
});
export type SaveInspectionPlanInput = z.input<typeof saveInspectionPlanInputSchema>;

export const visitTeamMemberInputSchema = z
  .object({
    /** An inspector (a user); null for an outside expert, named with an organisation. */
    userId: id.nullish(),
    /** An outside expert's name (ignored for a user: the account's name is used). */
    name: optionalText(TEXT_LIMITS.name),
    organization: optionalText(VISIT_LIMITS.place),
    isLead: z.boolean(),
  })
  .superRefine((m, ctx) => {
    if (!m.userId && !m.name) {
      ctx.addIssue({ code: 'custom', path: ['name'], ...problem('REQUIRED', 'Nhập họ tên chuyên gia bên ngoài.') });
    }
  });
export type VisitTeamMemberInput = z.input<typeof visitTeamMemberInputSchema>;

const visitFields = {
  /** The local day (Asia/Ho_Chi_Minh) and the window on it. */
  date,
  startTime: time,
  endTime: time,
  place: optionalText(VISIT_LIMITS.place),
  team: z.array(visitTeamMemberInputSchema).max(VISIT_LIMITS.team),
  /** Areas or criteria of the year's framework the visit looks at. */
  scopeNodeIds: z.array(id).max(VISIT_LIMITS.scopeNodes),
  /** The scope in words (with or instead of framework nodes). */
  scopeText: optionalText(VISIT_LIMITS.scopeText),
};

type VisitFields = {
  startTime: string;
  endTime: string;
  team: ReadonlyArray<{ userId?: string | null; isLead: boolean }>;
  scopeNodeIds: readonly string[];
  scopeText?: string | null;
};

function checkVisit(v: VisitFields, ctx: z.RefinementCtx) {
  if (isTimeOfDay(v.startTime) && isTimeOfDay(v.endTime) && minutesOfDay(v.endTime) <= minutesOfDay(v.startTime)) {
    ctx.addIssue({
      code: 'custom',
      path: ['endTime'],
      ...problem('END_BEFORE_START', 'Giờ kết thúc phải sau giờ bắt đầu (trong cùng một ngày).'),
    });
  }
  if (v.team.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['team'],
      ...problem('TEAM_REQUIRED', 'Đoàn kiểm tra cần ít nhất một người.'),
    });
  } else if (v.team.filter((m) => m.isLead).length !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['team'],
      ...problem('ONE_LEAD', 'Đoàn kiểm tra cần đúng một trưởng đoàn.'),
    });
  }
  const userIds = v.team.map((m) => m.userId).filter((u): u is string => !!u);
  if (new Set(userIds).size !== userIds.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['team'],
      ...problem('DUPLICATE_MEMBER', 'Một người được thêm vào đoàn hai lần.'),
    });
  }
  if (v.scopeNodeIds.length === 0 && !v.scopeText) {
    ctx.addIssue({
      code: 'custom',
      path: ['scopeText'],
      ...problem('SCOPE_REQUIRED', 'Nêu nội dung kiểm tra: chọn lĩnh vực/tiêu chí hoặc ghi nội dung.'),
    });
  }
}

export const createInspectionVisitInputSchema = z
  .object({ yearId: id, unitId: id, ...visitFields })
  .superRefine(checkVisit);
export type CreateInspectionVisitInput = z.input<typeof createInspectionVisitInputSchema>;

export const updateInspectionVisitInputSchema = z
  .object({ id, version, unitId: id, ...visitFields })
  .superRefine(checkVisit);
export type UpdateInspectionVisitInput = z.input<typeof updateInspectionVisitInputSchema>;

/** Notify the unit, or start the visit: the visit and the version the person saw. */
export const moveInspectionVisitInputSchema = z.object({ id, version });
export type MoveInspectionVisitInput = z.input<typeof moveInspectionVisitInputSchema>;

export const cancelInspectionVisitInputSchema = z.object({
  id,
  version,
  reason: requiredText(TEXT_LIMITS.reason),
});
export type CancelInspectionVisitInput = z.input<typeof cancelInspectionVisitInputSchema>;

// The inputs of the report operations, shared by the server and the admin's forms.
import { z } from 'zod';
import { MAX_EVIDENCE_FILES_PER_RECORD } from '../evidence/evidence-file';
import { requiredText, TEXT_LIMITS } from '../text/input-text';
import { isIsoDate } from '../time/iso-date';
import { REPORT_RULE_KEYS } from './report-rule';

const id = z.string().min(1).max(TEXT_LIMITS.id);

export const setReportRuleInputSchema = z.object({
  yearId: id,
  rule: z.enum(REPORT_RULE_KEYS),
  /** the year's version seen */
  version: z.number().int().min(1),
});
export type SetReportRuleInput = z.input<typeof setReportRuleInputSchema>;

export const grantReportExtensionInputSchema = z.object({
  periodId: id,
  /** null: every unit of the year */
  unitId: id.nullish(),
  untilDate: z.string().max(10).refine(isIsoDate, { message: 'Ngày không hợp lệ.' }),
  reason: requiredText(TEXT_LIMITS.reason),
});
export type GrantReportExtensionInput = z.input<typeof grantReportExtensionInputSchema>;

export const submitReportInputSchema = z.object({
  periodId: id,
  unitId: id,
  summary: requiredText(4_000),
  documentNumber: requiredText(60),
  fileIds: z.array(id).min(1, { message: 'Cần đính kèm ít nhất một tệp báo cáo.' }).max(MAX_EVIDENCE_FILES_PER_RECORD),
  /** the submission's version seen when resubmitting; null for the first submission */
  version: z.number().int().min(1).nullish(),
});
export type SubmitReportInput = z.input<typeof submitReportInputSchema>;

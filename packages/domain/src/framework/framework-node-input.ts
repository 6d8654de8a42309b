// What a person sends to edit one node of a framework (the editor's dialog, the API): texts through
// the shared text rules, points with two decimals at most, unit type codes, a method in the shape of
// scoringMethodSchema. Whether the whole framework still holds together is validateFramework's job.
import { z } from 'zod';
import { inputIssue } from '../text/input-problems';
import { optionalText, requiredText, TEXT_LIMITS } from '../text/input-text';
import { scoringMethodSchema } from './scoring-method-schema';

export const FRAMEWORK_TEXT_LIMITS = {
  code: 20,
  name: 500,
  evidenceHint: 2_000,
  sumReason: 1_000,
  unitTypeCode: 40,
} as const;

/** "1", "2.1", "2.1.3", "VI.2a": letters or digits, parts joined by dots. */
export const NODE_CODE_PATTERN = /^[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*$/u;

export const nodeCodeSchema = z
  .string()
  .max(FRAMEWORK_TEXT_LIMITS.code, inputIssue('TOO_LONG', `Mã dài quá ${FRAMEWORK_TEXT_LIMITS.code} ký tự.`))
  .refine(
    (code) => NODE_CODE_PATTERN.test(code),
    inputIssue('INVALID_CODE', 'Mã gồm chữ hoặc số, các cấp cách nhau bằng dấu chấm (ví dụ 2.1.3).'),
  );

export const maxPointsSchema = z
  .number(inputIssue('INVALID_NUMBER', 'Điểm tối đa phải là số.'))
  .min(0, inputIssue('NEGATIVE', 'Điểm tối đa không được âm.'))
  .max(1_000, inputIssue('TOO_LARGE', 'Điểm tối đa quá lớn.'))
  .refine(
    (v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6,
    inputIssue('TOO_PRECISE', 'Điểm tối đa có nhiều nhất hai chữ số thập phân.'),
  );

export const scoreSourceSchema = z.enum(['self_then_appraised', 'appraised_only', 'survey']);

const unitTypeCodes = z
  .array(z.string().min(1).max(FRAMEWORK_TEXT_LIMITS.unitTypeCode))
  .max(50)
  .transform((codes) => [...new Set(codes)]);

/** The fields of a node an edit may set (a group has no method or score source). */
export const frameworkNodeFieldsSchema = z.object({
  name: requiredText(FRAMEWORK_TEXT_LIMITS.name),
  nameEn: optionalText(FRAMEWORK_TEXT_LIMITS.name),
  maxPoints: maxPointsSchema,
  method: scoringMethodSchema.nullish().transform((m) => m ?? null),
  scoreSource: scoreSourceSchema.nullish().transform((s) => s ?? null),
  appliesTo: unitTypeCodes,
  evidenceHint: optionalText(FRAMEWORK_TEXT_LIMITS.evidenceHint),
  sumReason: optionalText(FRAMEWORK_TEXT_LIMITS.sumReason),
});

const id = z.string().min(1).max(TEXT_LIMITS.id);
const version = z.number().int().min(0);

export const updateFrameworkNodeInputSchema = frameworkNodeFieldsSchema.extend({
  nodeId: id,
  /** the framework's version the person saw */
  version,
  /** ancestors without a sumReason take their children's new sum (default) */
  adjustAncestors: z.boolean().default(true),
});
export type UpdateFrameworkNodeInput = z.input<typeof updateFrameworkNodeInputSchema>;

export const addFrameworkNodeInputSchema = frameworkNodeFieldsSchema.extend({
  frameworkId: id,
  version,
  /** null: a new area */
  parentId: id.nullable(),
  /** null: the next free code under the parent */
  code: nodeCodeSchema.nullish().transform((c) => c ?? null),
  /** place among the siblings, 0-based; null: last */
  position: z
    .number()
    .int()
    .min(0)
    .max(1_000)
    .nullish()
    .transform((p) => p ?? null),
  adjustAncestors: z.boolean().default(true),
});
export type AddFrameworkNodeInput = z.input<typeof addFrameworkNodeInputSchema>;

export const removeFrameworkNodeInputSchema = z.object({
  nodeId: id,
  version,
  adjustAncestors: z.boolean().default(true),
});
export type RemoveFrameworkNodeInput = z.input<typeof removeFrameworkNodeInputSchema>;

export const moveFrameworkNodeInputSchema = z.object({
  nodeId: id,
  version,
  direction: z.enum(['up', 'down']),
});
export type MoveFrameworkNodeInput = z.input<typeof moveFrameworkNodeInputSchema>;

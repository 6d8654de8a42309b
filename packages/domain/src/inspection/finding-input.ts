// A finding recorded on the spot (phát hiện khi kiểm tra): a weakness (tồn tại, hạn chế) with its
// severity, or a good practice (mô hình, cách làm hay) without one; the criterion it concerns (a leaf
// of the year's framework, checked by the service), the text, and optionally where it was seen.
// A new finding carries the recording device's `clientId` (offline sync: the same clientId sent twice
// makes one finding); an edit or a removal names the version it saw.
import { z } from 'zod';
import { FindingKind, FindingSeverity } from '../enums';
import { inputIssue } from '../text/input-problems';
import { requiredText, TEXT_LIMITS } from '../text/input-text';

/** The longest finding text kept (characters). */
export const FINDING_TEXT_MAX = 4_000;
/** The most photos or files one finding may have. */
export const MAX_FINDING_PHOTOS = 6;

const id = z.string().min(1).max(TEXT_LIMITS.id);

/** A device-made id: 8–100 of [A-Za-z0-9_-] (a UUID fits). */
export const findingClientIdSchema = z
  .string()
  .refine(
    (v) => /^[A-Za-z0-9_-]{8,100}$/.test(v),
    inputIssue('BAD_CLIENT_ID', 'Mã phát hiện của thiết bị không hợp lệ.'),
  );

const coordinate = (max: number, label: string) =>
  z
    .number()
    .refine((v) => Number.isFinite(v) && Math.abs(v) <= max, inputIssue('BAD_LOCATION', `${label} không hợp lệ.`))
    .nullish()
    .transform((v) => v ?? null);

const findingFields = {
  kind: z.enum([FindingKind.WEAKNESS, FindingKind.GOOD_PRACTICE]),
  severity: z
    .enum([FindingSeverity.LOW, FindingSeverity.MEDIUM, FindingSeverity.HIGH])
    .nullish()
    .transform((v) => v ?? null),
  frameworkNodeId: id.nullish().transform((v) => v ?? null),
  description: requiredText(FINDING_TEXT_MAX),
  latitude: coordinate(90, 'Vĩ độ'),
  longitude: coordinate(180, 'Kinh độ'),
};

type FindingShape = {
  kind: FindingKind;
  severity: FindingSeverity | null;
  latitude: number | null;
  longitude: number | null;
};

/** A weakness needs its severity; a good practice has none; a location is both coordinates or neither. */
function checkFinding(value: FindingShape, ctx: z.RefinementCtx) {
  if (value.kind === FindingKind.WEAKNESS && value.severity === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['severity'],
      ...inputIssue('SEVERITY_REQUIRED', 'Tồn tại, hạn chế cần có mức độ.'),
    });
  }
  if (value.kind === FindingKind.GOOD_PRACTICE && value.severity !== null) {
    ctx.addIssue({
      code: 'custom',
      path: ['severity'],
      ...inputIssue('SEVERITY_NOT_ALLOWED', 'Mô hình, cách làm hay không có mức độ.'),
    });
  }
  if ((value.latitude === null) !== (value.longitude === null)) {
    ctx.addIssue({
      code: 'custom',
      path: ['latitude'],
      ...inputIssue('BAD_LOCATION', 'Vị trí cần cả vĩ độ và kinh độ.'),
    });
  }
}

export const recordFindingInputSchema = z
  .object({
    visitId: id,
    clientId: findingClientIdSchema,
    ...findingFields,
    photoFileIds: z
      .array(id)
      .refine(
        (v) => v.length <= MAX_FINDING_PHOTOS,
        inputIssue('TOO_MANY_FILES', `Tối đa ${MAX_FINDING_PHOTOS} ảnh, tệp cho một phát hiện.`),
      )
      .nullish()
      .transform((v) => v ?? []),
  })
  .superRefine(checkFinding);

export type RecordFindingInput = z.input<typeof recordFindingInputSchema>;

export const updateFindingInputSchema = z
  .object({
    id,
    version: z.number().int().min(1),
    ...findingFields,
    /** When given, replaces the photos and files (each of the visit's unit and year). */
    photoFileIds: z
      .array(id)
      .refine(
        (v) => v.length <= MAX_FINDING_PHOTOS,
        inputIssue('TOO_MANY_FILES', `Tối đa ${MAX_FINDING_PHOTOS} ảnh, tệp cho một phát hiện.`),
      )
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine(checkFinding);

export type UpdateFindingInput = z.input<typeof updateFindingInputSchema>;

export const deleteFindingInputSchema = z.object({ id, version: z.number().int().min(1) });

export type DeleteFindingInput = z.input<typeof deleteFindingInputSchema>;

// Saves one value of one leaf for one unit from one source: a claim (the unit's officer, during
// self-assessment), an explanation (between the rounds), an appraisal (Home Affairs, rounds 1 and 2),
// not applicable, or an override. Checked in order: the input's shape; who may write this source for
// this unit (the domain's access rules); the stage is open for the unit (a reopening extends it) and
// the results are not locked; the unit has not submitted the stage (a submitted self-assessment or
// explanation is read-only until Home Affairs reopens it); the leaf applies to the unit's type; the version the person saw; the
// value itself (the domain's entry rules, counting the new evidence set when `evidenceFileIds` is
// given: it replaces the entry's files, each of the same year and unit). Then one write and its audit
// entry, in one transaction.
import { dbDateToIso, jsonColumns, Prisma } from "@cchc/db";
import {
  checkEntryValue,
  ENTRY_RULES,
  type MethodInput,
  saveScoreEntryInputSchema,
  stageFrozenBy,
  stageState,
  type SaveScoreEntryInput,
  toLocalIsoDate,
} from "@cchc/domain";
import type { ScoreEntrySnapshot } from "../audit/catalogue.js";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, NotFoundError, StageClosedError, ValidationError } from "../errors.js";
import { requireEvidenceOf } from "../evidence/evidence-resource.js";
import { nodeFromRow } from "../framework/framework-from-rows.js";
import { requireAllowed } from "../users/require-viewer.js";
import { validate } from "../validate.js";

const ENTRY_SNAPSHOT = { version: true, points: true, inputs: true, comment: true, reasonCode: true } as const;

function snapshot(row: Prisma.ScoreEntryGetPayload<{ select: typeof ENTRY_SNAPSHOT }>): ScoreEntrySnapshot {
  return {
    version: row.version,
    points: row.points === null ? null : Number(row.points),
    inputs: row.inputs === null ? null : (jsonColumns.scoreInputs.parse(row.inputs) as ScoreEntrySnapshot["inputs"]),
    comment: row.comment,
    reasonCode: row.reasonCode,
  };
}

/** The input as it arrives: the method's inputs are any JSON until the domain's schema has checked them. */
export type SaveScoreEntryRequest = Omit<SaveScoreEntryInput, "inputs"> & { inputs?: unknown };

export async function saveScoreEntry(ctx: OperationContext, raw: SaveScoreEntryRequest): Promise<{ entryId: string }> {
  const input = validate(saveScoreEntryInputSchema, raw);
  const rule = ENTRY_RULES[input.source];
  if (!rule) {
    throw new ValidationError([
      { field: "source", code: "SYSTEM_SOURCE", message: "Giá trị này do hệ thống tính, không nhập tay." },
    ]);
  }
  const today = toLocalIsoDate(ctx.now);

  return ctx.prisma.$transaction(async (tx) => {
    const year = await tx.evaluationYear.findUnique({
      where: { id: input.yearId },
      select: {
        status: true,
        framework: { select: { id: true } },
        stages: { where: { stage: { in: [...rule.stages] } }, select: { stage: true, opensOn: true, closesOn: true } },
        resultSnapshot: { select: { lockedAt: true } },
        units: { where: { unitId: input.unitId }, select: { type: { select: { code: true } } } },
      },
    });
    if (!year) throw new NotFoundError("năm đánh giá");
    const yearUnit = year.units[0];
    if (!yearUnit) throw new NotFoundError("đơn vị trong năm đánh giá");
    const viewer = requireAllowed(ctx.viewer, rule.action, {
      type: "UnitRecord",
      unitId: input.unitId,
      yearStatus: year.status,
    });

    if (year.resultSnapshot?.lockedAt) throw new StageClosedError(rule.stages, true);
    const reopenings = await tx.unitStageReopening.findMany({
      where: { yearId: input.yearId, unitId: input.unitId, stage: { in: [...rule.stages] } },
      select: { stage: true, untilOn: true },
    });
    const open = year.stages.some((s) => {
      const until = reopenings
        .filter((r) => r.stage === s.stage)
        .map((r) => dbDateToIso(r.untilOn))
        .sort()
        .at(-1);
      const window = { stage: s.stage, opensOn: dbDateToIso(s.opensOn), closesOn: dbDateToIso(s.closesOn) };
      return stageState(window, today, until ?? null) === "open";
    });
    if (!open) throw new StageClosedError(rule.stages, false);
    const frozenBy = stageFrozenBy(input.source);
    if (frozenBy) {
      const submitted = await tx.unitStageSubmission.findUnique({
        where: { yearId_unitId_stage: { yearId: input.yearId, unitId: input.unitId, stage: frozenBy } },
        select: { id: true },
      });
      if (submitted) {
        throw new ValidationError([
          {
            field: "source",
            code: "ALREADY_SUBMITTED",
            message: "Đơn vị đã nộp giai đoạn này: chỉ xem. Phòng Nội vụ có thể mở lại cho đơn vị (có ghi lý do).",
          },
        ]);
      }
    }

    const nodeRow = year.framework
      ? await tx.frameworkNode.findUnique({
          where: { frameworkId_code: { frameworkId: year.framework.id, code: input.leafCode } },
        })
      : null;
    if (!nodeRow || nodeRow.method === null) throw new NotFoundError("tiêu chí thành phần");
    const leaf = nodeFromRow(nodeRow);
    if (leaf.appliesTo.length > 0 && !leaf.appliesTo.includes(yearUnit.type.code)) {
      throw new ValidationError([
        { field: "leafCode", code: "NOT_FOR_UNIT_TYPE", message: "Tiêu chí này không áp dụng cho loại đơn vị này." },
      ]);
    }

    const key = { yearId: input.yearId, unitId: input.unitId, nodeId: nodeRow.id, source: input.source };
    const existing = await tx.scoreEntry.findUnique({
      where: { yearId_unitId_nodeId_source: key },
      select: { id: true, ...ENTRY_SNAPSHOT, _count: { select: { evidence: true } } },
    });
    if ((existing?.version ?? null) !== input.version) {
      throw new ConflictError("ScoreEntry", existing?.id ?? "", existing?.version ?? 0);
    }
    const claim =
      input.source === "ROUND1" || input.source === "ROUND2"
        ? await tx.scoreEntry.findUnique({
            where: { yearId_unitId_nodeId_source: { ...key, source: "SELF" } },
            select: { points: true },
          })
        : null;
    const value = {
      inputs: (input.inputs ?? null) as MethodInput | null,
      points: input.points ?? null,
      comment: input.comment,
      reasonCode: input.reasonCode ?? null,
    };
    const evidenceIds =
      input.evidenceFileIds == null
        ? null
        : await requireEvidenceOf(tx, input.evidenceFileIds, { yearId: input.yearId, unitId: input.unitId });
    const checked = checkEntryValue(leaf, input.source, value, {
      evidenceCount: evidenceIds ? evidenceIds.length : (existing?._count.evidence ?? 0),
      claimPoints: claim?.points == null ? null : Number(claim.points),
    });
    if (checked.problems.length) throw new ValidationError(checked.problems);

    const data = {
      inputs: value.inputs ? jsonColumns.scoreInputs.toJson(value.inputs) : undefined,
      points: checked.points,
      comment: value.comment,
      reasonCode: value.reasonCode,
      authorId: viewer.userId,
    };
    let entryId: string;
    if (existing) {
      const written = await tx.scoreEntry.updateMany({
        where: { id: existing.id, version: existing.version },
        data: { ...data, inputs: data.inputs ?? Prisma.DbNull, version: { increment: 1 } },
      });
      if (written.count === 0) throw new ConflictError("ScoreEntry", existing.id, existing.version);
      entryId = existing.id;
    } else {
      entryId = (await tx.scoreEntry.create({ data: { ...key, ...data }, select: { id: true } })).id;
    }
    if (evidenceIds) {
      await tx.scoreEntryEvidence.deleteMany({ where: { entryId } });
      if (evidenceIds.length) {
        await tx.scoreEntryEvidence.createMany({ data: evidenceIds.map((fileId) => ({ entryId, fileId })) });
      }
    }
    const after = await tx.scoreEntry.findUniqueOrThrow({ where: { id: entryId }, select: ENTRY_SNAPSHOT });
    await writeAudit(tx, viewer.userId, {
      action: "score_entry.save",
      entity: "ScoreEntry",
      entityId: entryId,
      before: existing ? snapshot(existing) : null,
      after: {
        ...snapshot(after),
        ...(evidenceIds ? { evidenceFileIds: evidenceIds } : {}),
        source: input.source,
        unitId: input.unitId,
        leafCode: input.leafCode,
      },
    });
    return { entryId };
  });
}

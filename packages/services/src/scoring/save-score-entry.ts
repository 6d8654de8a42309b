// Saves one value of one leaf for one unit from one source: a claim (the unit's officer, during
// self-assessment), an explanation (between the rounds), an appraisal (Home Affairs, rounds 1 and 2),
// not applicable, or an override. Checked in order: the input's shape; who may write this source for
// this unit (the domain's access rules); the stage is open for the unit (a reopening extends it) and
// the results are not locked; the unit has not submitted the stage (a submitted self-assessment or
// explanation is read-only until Home Affairs reopens it); the leaf applies to the unit's type; the version the person saw; the
// value itself (the domain's entry rules, counting the new evidence set when `evidenceFileIds` is
// given: it replaces the entry's files, each of the same year and unit). Then one write and its audit
// entry, in one transaction.
import { jsonColumns, Prisma } from "@cchc/db";
import { checkEntryValue, type MethodInput, saveScoreEntryInputSchema, type SaveScoreEntryInput } from "@cchc/domain";
import type { ScoreEntrySnapshot } from "../audit/catalogue.js";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, NotFoundError, ValidationError } from "../errors.js";
import { requireEvidenceOf } from "../evidence/evidence-resource.js";
import { nodeFromRow } from "../framework/framework-from-rows.js";
import { validate } from "../validate.js";
import { openEntryWrite } from "./entry-write-gate.js";

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
  return ctx.prisma.$transaction(async (tx) => {
    const { viewer, frameworkId, unitTypeCode } = await openEntryWrite(tx, ctx, input);

    const nodeRow = frameworkId
      ? await tx.frameworkNode.findUnique({
          where: { frameworkId_code: { frameworkId, code: input.leafCode } },
        })
      : null;
    if (!nodeRow || nodeRow.method === null) throw new NotFoundError("tiêu chí thành phần");
    const leaf = nodeFromRow(nodeRow);
    if (leaf.appliesTo.length > 0 && !leaf.appliesTo.includes(unitTypeCode)) {
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

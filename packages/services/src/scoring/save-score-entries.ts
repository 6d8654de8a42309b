// Saves many values of one unit from one source at once (a whole self-assessment, a round of
// appraisal of one unit; the sample cycle seeds through it): the same rules as `saveScoreEntry`, in
// the same order — input shape, who may write this source for this unit, the stage open for the unit
// (a reopening extends it) and the results not locked, the unit has not submitted the stage, each leaf applying to the unit's type, each
// version the person saw, each value (the domain's entry rules) — checked for every entry before
// anything is written; then one transaction writes them all with one audit event per entry.
// All or nothing: one problem refuses the batch, with every problem under `entries.<i>.<field>`.
import { randomUUID } from "node:crypto";
import { jsonColumns, Prisma } from "@cchc/db";
import { checkEntryValue, EntrySource, type MethodInput, saveScoreEntryInputSchema, TEXT_LIMITS } from "@cchc/domain";
import { z } from "zod";
import type { AuditEvent, ScoreEntrySnapshot } from "../audit/catalogue.js";
import { writeAudits } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, type FieldProblem, ValidationError } from "../errors.js";
import { nodeFromRow } from "../framework/framework-from-rows.js";
import { validate } from "../validate.js";
import { openEntryWrite, typedEntryRule } from "./entry-write-gate.js";

/** Evidence is attached entry by entry (`saveScoreEntry`'s `evidenceFileIds`), not in a batch. */
const entrySchema = saveScoreEntryInputSchema.pick({
  leafCode: true,
  version: true,
  inputs: true,
  points: true,
  comment: true,
  reasonCode: true,
});

const saveScoreEntriesInputSchema = z.object({
  yearId: z.string().max(TEXT_LIMITS.id),
  unitId: z.string().max(TEXT_LIMITS.id),
  source: z.enum(EntrySource),
  entries: z.array(entrySchema).min(1).max(200),
});

export type SaveScoreEntriesInput = Omit<z.input<typeof saveScoreEntriesInputSchema>, "entries"> & {
  entries: Array<Omit<z.input<typeof entrySchema>, "inputs"> & { inputs?: unknown }>;
};

const inputsSnapshot = (inputs: MethodInput | null) =>
  inputs === null ? null : (jsonColumns.scoreInputs.parse(inputs) as ScoreEntrySnapshot["inputs"]);

export async function saveScoreEntries(
  ctx: OperationContext,
  raw: SaveScoreEntriesInput,
): Promise<{ entryIds: string[] }> {
  const input = validate(saveScoreEntriesInputSchema, raw);
  typedEntryRule(input.source);
  const codes = input.entries.map((e) => e.leafCode);
  const twice = codes.findIndex((c, i) => codes.indexOf(c) !== i);
  if (twice >= 0) {
    throw new ValidationError([
      { field: `entries.${twice}.leafCode`, code: "DUPLICATE", message: "Mỗi tiêu chí chỉ một lần trong một lần lưu." },
    ]);
  }

  return ctx.prisma.$transaction(
    async (tx) => {
      const { viewer, frameworkId, unitTypeCode } = await openEntryWrite(tx, ctx, input);

      const nodeRows = frameworkId
        ? await tx.frameworkNode.findMany({ where: { frameworkId, code: { in: codes } } })
        : [];
      const nodeByCode = new Map(nodeRows.map((n) => [n.code, n]));
      const nodeIds = nodeRows.map((n) => n.id);
      const stored = await tx.scoreEntry.findMany({
        where: {
          yearId: input.yearId,
          unitId: input.unitId,
          nodeId: { in: nodeIds },
          source: {
            in: input.source === "ROUND1" || input.source === "ROUND2" ? [input.source, "SELF"] : [input.source],
          },
        },
        select: {
          id: true,
          nodeId: true,
          source: true,
          version: true,
          points: true,
          inputs: true,
          comment: true,
          reasonCode: true,
          _count: { select: { evidence: true } },
        },
      });
      const existingOf = new Map(stored.filter((s) => s.source === input.source).map((s) => [s.nodeId, s]));
      const claimOf = new Map(stored.filter((s) => s.source === "SELF").map((s) => [s.nodeId, s]));

      const problems: FieldProblem[] = [];
      const planned = input.entries.flatMap((e, i) => {
        const nodeRow = nodeByCode.get(e.leafCode);
        if (!nodeRow || nodeRow.method === null) {
          problems.push({
            field: `entries.${i}.leafCode`,
            code: "NOT_FOUND",
            message: "Không có tiêu chí thành phần này.",
          });
          return [];
        }
        const leaf = nodeFromRow(nodeRow);
        if (leaf.appliesTo.length > 0 && !leaf.appliesTo.includes(unitTypeCode)) {
          problems.push({
            field: `entries.${i}.leafCode`,
            code: "NOT_FOR_UNIT_TYPE",
            message: "Tiêu chí này không áp dụng cho loại đơn vị này.",
          });
          return [];
        }
        const existing = existingOf.get(nodeRow.id);
        if ((existing?.version ?? null) !== e.version) {
          throw new ConflictError("ScoreEntry", existing?.id ?? "", existing?.version ?? 0);
        }
        const claim = claimOf.get(nodeRow.id);
        const value = {
          inputs: (e.inputs ?? null) as MethodInput | null,
          points: e.points ?? null,
          comment: e.comment,
          reasonCode: e.reasonCode ?? null,
        };
        const checked = checkEntryValue(leaf, input.source, value, {
          evidenceCount: existing?._count.evidence ?? 0,
          claimPoints: claim?.points == null ? null : Number(claim.points),
        });
        for (const p of checked.problems) problems.push({ ...p, field: `entries.${i}.${p.field}` });
        return [{ nodeId: nodeRow.id, leafCode: e.leafCode, existing, value, points: checked.points }];
      });
      if (problems.length) throw new ValidationError(problems);

      const events: AuditEvent[] = [];
      const fresh: Prisma.ScoreEntryCreateManyInput[] = [];
      const entryIds: string[] = [];
      for (const p of planned) {
        const data = {
          inputs: p.value.inputs ? jsonColumns.scoreInputs.toJson(p.value.inputs) : undefined,
          points: p.points,
          comment: p.value.comment,
          reasonCode: p.value.reasonCode,
          authorId: viewer.userId,
        };
        let id: string;
        if (p.existing) {
          id = p.existing.id;
          const written = await tx.scoreEntry.updateMany({
            where: { id, version: p.existing.version },
            data: { ...data, inputs: data.inputs ?? Prisma.DbNull, updatedAt: ctx.now, version: { increment: 1 } },
          });
          if (written.count === 0) throw new ConflictError("ScoreEntry", id, p.existing.version);
        } else {
          id = randomUUID();
          fresh.push({
            id,
            yearId: input.yearId,
            unitId: input.unitId,
            nodeId: p.nodeId,
            source: input.source,
            ...data,
            // the operation's clock (the real time in the API; the stage's day in the sample)
            createdAt: ctx.now,
            updatedAt: ctx.now,
          });
        }
        entryIds.push(id);
        const e = p.existing;
        events.push({
          action: "score_entry.save",
          entity: "ScoreEntry",
          entityId: id,
          before: e
            ? {
                version: e.version,
                points: e.points === null ? null : Number(e.points),
                inputs: e.inputs === null ? null : inputsSnapshot(jsonColumns.scoreInputs.parse(e.inputs)),
                comment: e.comment,
                reasonCode: e.reasonCode,
              }
            : null,
          after: {
            version: (e?.version ?? 0) + 1,
            points: p.points,
            inputs: inputsSnapshot(p.value.inputs),
            comment: p.value.comment ?? null,
            reasonCode: p.value.reasonCode,
            source: input.source,
            unitId: input.unitId,
            leafCode: p.leafCode,
          },
        });
      }
      if (fresh.length) await tx.scoreEntry.createMany({ data: fresh });
      await writeAudits(tx, viewer.userId, events, ctx.now);
      return { entryIds };
    },
    { timeout: 30_000 },
  );
}

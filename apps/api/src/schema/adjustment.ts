// Bonus and penalty points of a unit (saveUnitAdjustment, deleteUnitAdjustment): Home Affairs, during
// the appraisal rounds, within the framework's caps, versioned and audited (@cchc/services). They show
// on the unit's scorecard as `adjustments` (ScorecardAdjustment, with version and evidence).
import type { ResultAdjustment } from "@cchc/services";
import { deleteUnitAdjustment, saveUnitAdjustment, StageClosedError } from "@cchc/services";
import { builder } from "../builder.js";
import { operation } from "../context.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors.js";
import { AdjustmentRef } from "./results.js";

const AdjustmentKindEnum = builder.enumType("AdjustmentKind", {
  values: { BONUS: { description: "Điểm thưởng" }, PENALTY: { description: "Điểm trừ" } } as const,
});

const SaveUnitAdjustmentInput = builder.inputType("SaveUnitAdjustmentInput", {
  fields: (t) => ({
    yearId: t.id({ required: true }),
    unitId: t.id({ required: true }),
    id: t.id({ required: false, description: "Absent for a new bonus/penalty." }),
    version: t.int({ required: false, description: "The version seen, with `id`." }),
    kind: t.field({ type: AdjustmentKindEnum, required: true }),
    points: t.float({ required: true, description: "More than 0; the unit's total stays within the framework's cap." }),
    reason: t.string({ required: true }),
    evidenceFileIds: t.idList({
      required: false,
      description: "When given, replaces the evidence files (each of the same year and unit).",
    }),
  }),
});

const DeleteUnitAdjustmentInput = builder.inputType("DeleteUnitAdjustmentInput", {
  fields: (t) => ({ id: t.id({ required: true }), version: t.int({ required: true }) }),
});

const SaveUnitAdjustmentSuccess = builder.objectRef<{ adjustmentId: string }>("SaveUnitAdjustmentSuccess").implement({
  fields: (t) => ({
    adjustment: t.field({
      type: AdjustmentRef,
      resolve: async (r, _args, ctx): Promise<ResultAdjustment> => {
        const a = await ctx.prisma.unitAdjustment.findUniqueOrThrow({
          where: { id: r.adjustmentId },
          select: { id: true, unitId: true, kind: true, points: true, reason: true, createdAt: true },
        });
        return { ...a, points: Number(a.points.toString()) };
      },
    }),
  }),
});

const DeleteUnitAdjustmentSuccess = builder
  .objectRef<{ adjustmentId: string }>("DeleteUnitAdjustmentSuccess")
  .implement({ fields: (t) => ({ deletedId: t.exposeID("adjustmentId") }) });

const ERRORS = [ConflictError, ForbiddenError, NotFoundError, StageClosedError, ValidationError];

builder.mutationFields((t) => ({
  saveUnitAdjustment: t.field({
    type: SaveUnitAdjustmentSuccess,
    description:
      "Home Affairs gives or changes a unit's bonus or penalty with a reason (and evidence), in round 1 or 2, not once " +
      "the results are locked; totals within the framework's caps. Versioned and audited.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "SaveUnitAdjustmentResult" } },
    args: { input: t.arg({ type: SaveUnitAdjustmentInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      saveUnitAdjustment(operation(ctx), {
        yearId: String(input.yearId),
        unitId: String(input.unitId),
        id: input.id == null ? null : String(input.id),
        version: input.version ?? null,
        kind: input.kind,
        points: input.points,
        reason: input.reason,
        evidenceFileIds: input.evidenceFileIds?.map(String) ?? null,
      }),
  }),
  deleteUnitAdjustment: t.field({
    type: DeleteUnitAdjustmentSuccess,
    description: "Home Affairs removes a bonus or penalty (same rules as saving it). Audited.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "DeleteUnitAdjustmentResult" } },
    args: { input: t.arg({ type: DeleteUnitAdjustmentInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      deleteUnitAdjustment(operation(ctx), { id: String(input.id), version: input.version }),
  }),
}));

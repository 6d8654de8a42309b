// Moves a year to another stage. Publishing is leadership's approval; going back (and reopening a
// published year, the one audited way to change it again) needs a reason. Versioned and audited.
import { optionalText, TEXT_LIMITS, YearStatus, yearStatusChange } from "@cchc/domain";
import { z } from "zod";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ConflictError, NotFoundError, ValidationError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";
import { validate } from "../validate.js";

const setYearStatusInputSchema = z.object({
  id: z.string().max(TEXT_LIMITS.id),
  version: z.number().int().min(1),
  status: z.enum(YearStatus),
  reason: optionalText(TEXT_LIMITS.reason),
});

export type SetYearStatusInput = z.input<typeof setYearStatusInputSchema>;

export async function setYearStatus(ctx: OperationContext, raw: SetYearStatusInput): Promise<{ yearId: string }> {
  const input = validate(setYearStatusInputSchema, raw);
  return ctx.prisma.$transaction(async (tx) => {
    const before = await tx.evaluationYear.findUnique({
      where: { id: input.id },
      select: { version: true, status: true },
    });
    if (!before) throw new NotFoundError("năm đánh giá");
    const change = yearStatusChange(before.status, input.status);
    if ("code" in change) throw new ValidationError([{ field: "status", ...change }]);
    const viewer = requireAllowed(ctx.viewer, change.action, { type: "EvaluationYear", yearStatus: before.status });
    if (change.reasonRequired && !input.reason) {
      throw new ValidationError([
        { field: "reason", code: "REQUIRED", message: "Cần ghi lý do khi đưa năm về giai đoạn trước." },
      ]);
    }
    const written = await tx.evaluationYear.updateMany({
      where: { id: input.id, version: input.version },
      data: { status: input.status, version: { increment: 1 } },
    });
    if (written.count === 0) throw new ConflictError("EvaluationYear", input.id, before.version);
    await writeAudit(tx, viewer.userId, {
      action: "year.status_change",
      entity: "EvaluationYear",
      entityId: input.id,
      before,
      after: { version: before.version + 1, status: input.status },
      reason: input.reason ?? null,
    });
    return { yearId: input.id };
  });
}

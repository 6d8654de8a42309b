// A year's framework as its framework file (the format `importFramework` reads back), for anyone
// who may see the framework: every signed-in person.
import { frameworkFileJson } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { ForbiddenError, NotFoundError } from "../errors.js";
import { FRAMEWORK_TREE_SELECT, frameworkFromRows } from "./framework-from-rows.js";

export async function exportFramework(ctx: OperationContext, input: { yearId: string }): Promise<string> {
  if (!ctx.viewer) throw new ForbiddenError("NOT_SIGNED_IN");
  const row = await ctx.prisma.framework.findUnique({
    where: { yearId: input.yearId },
    select: FRAMEWORK_TREE_SELECT,
  });
  if (!row) throw new NotFoundError("bộ tiêu chí của năm này");
  return frameworkFileJson(frameworkFromRows(row));
}

// The checks every framework edit shares: the domain's edit errors as problems, the unit types a node
// applies to exist, nothing refers to a leaf whose scoring would change meaning, and the edit brings
// no new problem into the framework (a framework that already had problems can still be repaired one
// step at a time; a valid one stays valid).
import { FrameworkEditError, locateNode, validateFramework, type Framework, type FrameworkNode } from "@cchc/domain";
import type { Tx } from "../context.js";
import { ValidationError } from "../errors.js";

/** Runs a domain edit; its refusal becomes a problem for the person. */
export function edited(run: () => Framework): Framework {
  try {
    return run();
  } catch (e) {
    if (e instanceof FrameworkEditError) {
      throw new ValidationError([{ field: e.code === "CODE_TAKEN" ? "code" : "", code: e.code, message: e.messageVi }]);
    }
    throw e;
  }
}

/** Every unit type code is one of the authority's. */
export async function requireKnownUnitTypes(tx: Tx, authorityId: string, codes: readonly string[]): Promise<void> {
  if (codes.length === 0) return;
  const known = new Set(
    (await tx.unitType.findMany({ where: { authorityId }, select: { code: true } })).map((t) => t.code),
  );
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length) {
    throw new ValidationError([
      {
        field: "appliesTo",
        code: "UNKNOWN_UNIT_TYPE",
        message: `Không có loại đơn vị: ${unknown.join(", ")}.`,
      },
    ]);
  }
}

/** The problem of changing what scores already given mean. */
export function inUseProblem(codes: readonly string[], what: "scoring" | "remove" | "children") {
  const list = codes.join(", ");
  const message = {
    scoring: `Tiêu chí ${list} đã có điểm chấm, phát hiện kiểm tra hoặc kết quả khảo sát: không thể đổi điểm tối đa, cách chấm, nguồn điểm hay loại đơn vị áp dụng (vẫn sửa được tên và gợi ý tài liệu kiểm chứng).`,
    remove: `Tiêu chí ${list} đã có điểm chấm, phát hiện kiểm tra hoặc kết quả khảo sát: không thể xóa.`,
    children: `Tiêu chí ${list} đã có điểm chấm, phát hiện kiểm tra hoặc kết quả khảo sát: không thể thêm tiêu chí con (tiêu chí sẽ không còn được chấm trực tiếp).`,
  }[what];
  return new ValidationError([{ field: "", code: "IN_USE", message }]);
}

/** Refuses an edit that brings a new problem into the framework, listing each in Vietnamese. */
export function requireNoNewProblems(before: Framework, after: Framework): void {
  const key = (p: { code: string; message: string }) => `${p.code}\u0000${p.message}`;
  const had = new Set(validateFramework(before).problems.map(key));
  const added = validateFramework(after).problems.filter((p) => !had.has(key(p)));
  if (added.length === 0) return;
  throw new ValidationError(
    added.map((p) => ({
      field: "framework",
      code: "FRAMEWORK_INVALID",
      message: p.code.startsWith("(") ? p.messageVi : `Tiêu chí ${p.code}: ${p.messageVi}`,
    })),
  );
}

/** Ancestors of a node (by code, in `after`; nearest first) whose maximum changed from `before`. */
export function carriedUp(before: Framework, after: Framework, code: string | null) {
  if (code === null) return [];
  const at = locateNode(after, code);
  if (!at) return [];
  return [...at.ancestors].reverse().flatMap((a: FrameworkNode) => {
    const was = locateNode(before, a.code)?.node.maxPoints;
    return was !== undefined && was !== a.maxPoints ? [{ code: a.code, before: was, after: a.maxPoints }] : [];
  });
}

// Everything the results of a year are computed from, in a fixed number of queries whatever the
// number of units: the framework with its nodes, the scored units with their type, every score
// entry and every bonus/penalty of the year. `unitId` narrows entries and adjustments to one unit
// (a scorecard). Pure assembly lives in `unit-score-inputs.ts`.
import { jsonColumns } from "@cchc/db";
import type { EntrySource, Framework, MethodInput, YearStatus } from "@cchc/domain";
import type { OperationContext, Tx } from "../context.js";
import { NotFoundError } from "../errors.js";
import { FRAMEWORK_TREE_SELECT, frameworkFromRows } from "../framework/framework-from-rows.js";

/** The client or a transaction: what the results are read with. */
export type ResultsReader = OperationContext["prisma"] | Tx;

const decimal = (d: { toString(): string }): number => Number(d.toString());

export interface ResultUnit {
  unitId: string;
  unitCode: string;
  /** the unit's name in that year */
  unitName: string;
  unitTypeId: string;
  unitTypeCode: string;
  unitTypeNameVi: string;
  unitTypeNameEn: string;
  unitTypePosition: number;
}

export interface ResultEntry {
  id: string;
  unitId: string;
  leafCode: string;
  source: EntrySource;
  inputs: MethodInput | null;
  points: number | null;
  comment: string | null;
  reasonCode: string | null;
  authorId: string | null;
  updatedAt: Date;
  /** Send it back to change the entry (saveScoreEntry). */
  version: number;
}

export interface ResultAdjustment {
  id: string;
  unitId: string;
  kind: "BONUS" | "PENALTY";
  points: number;
  reason: string;
  createdAt: Date;
}

export interface YearResultsData {
  yearId: string;
  year: number;
  authorityId: string;
  /** the year's status and its results snapshot's approval (what reading the results is allowed on) */
  state: { status: YearStatus; approvedAt: Date | null; publishedAt: Date | null };
  framework: Framework;
  units: ResultUnit[];
  entries: ResultEntry[];
  adjustments: ResultAdjustment[];
}

/** Loads a year's results inputs: 3–4 statements (the year, its state and framework in one), never one per unit. */
export async function loadYearResultsData(
  prisma: ResultsReader,
  yearId: string,
  options: {
    unitId?: string;
    /** false: no entries (the ranking loads its own, leaner: ranking-entries.ts) */
    entries?: boolean;
  } = {},
): Promise<YearResultsData> {
  const year = await prisma.evaluationYear.findUnique({
    where: { id: yearId },
    select: {
      id: true,
      year: true,
      authorityId: true,
      status: true,
      resultSnapshot: { select: { approvedAt: true, publishedAt: true } },
      framework: { select: FRAMEWORK_TREE_SELECT },
    },
  });
  if (!year) throw new NotFoundError("năm đánh giá");
  if (!year.framework) throw new NotFoundError("bộ tiêu chí của năm đánh giá");
  const codeOf = new Map(year.framework.nodes.map((n) => [n.id, n.code]));
  const unitFilter = options.unitId ? { unitId: options.unitId } : {};
  // one after the other: inside an interactive transaction the queries share one connection
  const yearUnits = await prisma.yearUnit.findMany({
    where: { yearId, scored: true, ...unitFilter },
    select: {
      unitId: true,
      nameInYear: true,
      unit: { select: { code: true } },
      type: { select: { id: true, code: true, nameVi: true, nameEn: true, position: true } },
    },
  });
  const entries =
    options.entries === false
      ? []
      : await prisma.scoreEntry.findMany({
          where: { yearId, ...unitFilter },
          select: {
            id: true,
            unitId: true,
            nodeId: true,
            source: true,
            inputs: true,
            points: true,
            comment: true,
            reasonCode: true,
            authorId: true,
            updatedAt: true,
            version: true,
          },
          orderBy: { id: "asc" },
        });
  const adjustments = await prisma.unitAdjustment.findMany({
    where: { yearId, ...unitFilter },
    select: { id: true, unitId: true, kind: true, points: true, reason: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  return {
    yearId: year.id,
    year: year.year,
    authorityId: year.authorityId,
    state: {
      status: year.status,
      approvedAt: year.resultSnapshot?.approvedAt ?? null,
      publishedAt: year.resultSnapshot?.publishedAt ?? null,
    },
    framework: frameworkFromRows(year.framework),
    units: yearUnits.map((u) => ({
      unitId: u.unitId,
      unitCode: u.unit.code,
      unitName: u.nameInYear,
      unitTypeId: u.type.id,
      unitTypeCode: u.type.code,
      unitTypeNameVi: u.type.nameVi,
      unitTypeNameEn: u.type.nameEn,
      unitTypePosition: u.type.position,
    })),
    entries: entries.flatMap((e) => {
      const leafCode = codeOf.get(e.nodeId);
      if (leafCode === undefined) return [];
      return [
        {
          id: e.id,
          unitId: e.unitId,
          leafCode,
          source: e.source,
          inputs: e.inputs === null ? null : jsonColumns.scoreInputs.parse(e.inputs),
          points: e.points === null ? null : decimal(e.points),
          comment: e.comment,
          reasonCode: e.reasonCode,
          authorId: e.authorId,
          updatedAt: e.updatedAt,
          version: e.version,
        },
      ];
    }),
    adjustments: adjustments.map((a) => ({ ...a, points: decimal(a.points) })),
  };
}

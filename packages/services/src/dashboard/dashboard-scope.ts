// What every dashboard aggregate starts from: the year (checked once: `dashboard.read`), the filters
// and the "as of" day. The as-of day defaults to today, or to the year's last day for a past year;
// the aggregates are judged at the end of that local day (Asia/Ho_Chi_Minh).
import { addDays, type IsoDate, isIsoDate, startOfLocalDay, toLocalIsoDate, type YearStatus } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { NotFoundError, ValidationError } from "../errors.js";
import { requireAllowed } from "../users/require-viewer.js";

export interface DashboardFilter {
  unitTypeId?: string | null;
  /** a framework area's code ("1" … "8"): the ranking on its sub-index, the findings on its criteria */
  areaCode?: string | null;
  /** the day the dashboard is judged on (ISO date); default: today, or the year's last day if earlier */
  asOf?: IsoDate | null;
}

export interface DashboardScope {
  ctx: OperationContext;
  year: { id: string; year: number; status: YearStatus; authorityId: string };
  unitTypeId: string | null;
  areaCode: string | null;
  asOf: IsoDate;
  /** the end of the as-of day: the clock the aggregates are computed with */
  asOfInstant: Date;
}

/** The default as-of day: today, or the year's 31 December when that is earlier. */
export function defaultAsOf(year: number, now: Date): IsoDate {
  const today = toLocalIsoDate(now);
  const last = `${year}-12-31`;
  return today < last ? today : last;
}

export async function dashboardScope(
  ctx: OperationContext,
  yearId: string,
  filter: DashboardFilter = {},
): Promise<DashboardScope> {
  const year = await ctx.prisma.evaluationYear.findUnique({
    where: { id: yearId },
    select: { id: true, year: true, status: true, authorityId: true },
  });
  if (!year) throw new NotFoundError("năm đánh giá");
  requireAllowed(ctx.viewer, "dashboard.read", { type: "EvaluationYear", yearStatus: year.status });
  if (filter.asOf != null && !isIsoDate(filter.asOf)) {
    throw new ValidationError([{ field: "asOf", code: "INVALID_DATE", message: "Ngày không hợp lệ." }]);
  }
  const asOf = filter.asOf ?? defaultAsOf(year.year, ctx.now);
  const endOfDay = new Date(startOfLocalDay(addDays(asOf, 1)).getTime() - 1);
  return {
    ctx,
    year,
    unitTypeId: filter.unitTypeId || null,
    areaCode: filter.areaCode || null,
    asOf,
    asOfInstant: endOfDay,
  };
}

// What the registration's DOCX and XLSX are made from, read once with the access check
// (`registration.read`: Home Affairs, leadership, the administrator, the unit's officer).
import { formatDateVi, registrationTotal, toLocalIsoDate, type IsoDate } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { NotFoundError } from "../errors.js";
import { requireRegistrationAllowed } from "./registration-access.js";

export interface RegistrationExportItem {
  content: string;
  resultProduct: string;
  /** dd/mm/yyyy */
  start: string;
  end: string;
  lead: string;
  coordinating: string;
  budgetVnd: bigint;
  note: string;
}

export interface RegistrationExportData {
  /** "UBND THỊ XÃ PHƯỚC LONG" */
  headerName: string;
  unitName: string;
  place: string;
  year: number;
  /** the date line's day: the submission's local day, or today for a draft */
  date: IsoDate;
  status: string;
  items: RegistrationExportItem[];
  totalVnd: bigint;
  totalWords: string;
  preparerName: string | null;
  headName: string | null;
  /** a safe file name without extension: "dang-ky-cchc-2021-tu-phap" */
  fileBase: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function registrationExportData(
  ctx: OperationContext,
  input: { id: string },
): Promise<RegistrationExportData> {
  if (typeof input.id !== "string" || input.id.length > 100) throw new NotFoundError("bản đăng ký");
  const r = await ctx.prisma.unitRegistration.findUnique({
    where: { id: input.id },
    select: {
      unitId: true,
      status: true,
      submittedAt: true,
      preparerName: true,
      headName: true,
      unit: { select: { code: true } },
      year: {
        select: {
          year: true,
          status: true,
          authority: { select: { headerName: true, place: true } },
          units: { select: { unitId: true, nameInYear: true } },
        },
      },
      items: {
        orderBy: { position: "asc" },
        select: {
          content: true,
          resultProduct: true,
          startDate: true,
          endDate: true,
          leadText: true,
          leadUnitId: true,
          coordinatingText: true,
          budgetVnd: true,
          note: true,
          coordinators: { select: { unitId: true } },
        },
      },
    },
  });
  if (!r) throw new NotFoundError("bản đăng ký");
  requireRegistrationAllowed(ctx.viewer, "registration.read", {
    unitId: r.unitId,
    status: r.status,
    yearStatus: r.year.status,
  });
  const names = new Map(r.year.units.map((u) => [u.unitId, u.nameInYear]));
  const items = r.items.map((i) => ({
    content: i.content,
    resultProduct: i.resultProduct,
    start: formatDateVi(iso(i.startDate)),
    end: formatDateVi(iso(i.endDate)),
    lead: (i.leadUnitId && names.get(i.leadUnitId)) || i.leadText,
    coordinating:
      i.coordinators.length > 0
        ? i.coordinators
            .map((c) => names.get(c.unitId) ?? "")
            .filter(Boolean)
            .join("; ")
        : (i.coordinatingText ?? ""),
    budgetVnd: i.budgetVnd,
    note: i.note ?? "",
  }));
  const total = registrationTotal(items);
  return {
    headerName: r.year.authority.headerName,
    unitName: names.get(r.unitId) ?? "",
    place: r.year.authority.place,
    year: r.year.year,
    date: toLocalIsoDate(r.submittedAt ?? ctx.now),
    status: r.status,
    items,
    totalVnd: total.totalVnd,
    totalWords: total.words,
    preparerName: r.preparerName,
    headName: r.headName,
    fileBase: `dang-ky-cchc-${r.year.year}-${r.unit.code.replace(/[^a-z0-9-]/gi, "")}`,
  };
}

/** "15.000.000": dots between thousands (the template's VNĐ column). */
export function vndDigits(amount: bigint): string {
  return amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

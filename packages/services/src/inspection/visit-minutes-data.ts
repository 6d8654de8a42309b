// What the minutes document says, read from the visit: the authority's header and place, the number,
// the day (the visit's day on the spot, else its scheduled day), the unit, the team (lead first),
// the summary and conclusions, and the findings by kind (each with its criterion and severity).
import { FindingKind, localTimeOfDay } from "@cchc/domain";
import type { OperationContext, Tx } from "../context.js";
import { NotFoundError } from "../errors.js";
import type { MinutesFinding, VisitMinutesData } from "./visit-minutes-docx.js";

const SEVERITY_VI = { LOW: "Thấp", MEDIUM: "Trung bình", HIGH: "Cao" } as const;

export const MINUTES_ISSUER = "ĐOÀN KIỂM TRA CCHC";

export async function visitMinutesData(
  db: OperationContext["prisma"] | Tx,
  visitId: string,
  options: { draft: boolean },
): Promise<VisitMinutesData> {
  const visit = await db.inspectionVisit.findUnique({
    where: { id: visitId },
    select: {
      minutesNumber: true,
      place: true,
      minutes: true,
      conclusions: true,
      scheduledDate: true,
      visitedDate: true,
      startsAt: true,
      startedAt: true,
      unit: { select: { name: true, authority: { select: { headerName: true, place: true } } } },
      team: {
        select: { name: true, role: true, organization: true, isLead: true },
        orderBy: [{ isLead: "desc" }, { name: "asc" }],
      },
      findings: {
        select: {
          kind: true,
          severity: true,
          description: true,
          node: { select: { code: true, name: true } },
        },
        orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!visit) throw new NotFoundError("cuộc kiểm tra");
  const toMinutes = (f: (typeof visit.findings)[number]): MinutesFinding => ({
    criterion: f.node ? `${f.node.code} ${f.node.name}` : null,
    severity: f.severity ? SEVERITY_VI[f.severity] : null,
    description: f.description,
  });
  const day = visit.visitedDate ?? visit.scheduledDate;
  const start = localTimeOfDay(visit.startedAt ?? visit.startsAt).split(":");
  return {
    headerName: visit.unit.authority.headerName,
    issuer: MINUTES_ISSUER,
    number: visit.minutesNumber,
    datePlace: visit.unit.authority.place,
    // @db.Date columns come back as UTC midnight of the day
    date: day.toISOString().slice(0, 10),
    unitName: visit.unit.name,
    meetingPlace: visit.place,
    startTime: `${start[0]} giờ ${start[1]}`,
    team: visit.team.map((m) => ({ name: m.name, role: m.role, organization: m.organization })),
    leadName: visit.team.find((m) => m.isLead)?.name ?? null,
    summary: visit.minutes,
    conclusions: visit.conclusions,
    weaknesses: visit.findings.filter((f) => f.kind === FindingKind.WEAKNESS).map(toMinutes),
    goodPractices: visit.findings.filter((f) => f.kind === FindingKind.GOOD_PRACTICE).map(toMinutes),
    recipients: [`${visit.unit.name};`, "Phòng Nội vụ (để theo dõi);", "Lưu: VT, ĐKT."],
    draft: options.draft,
  };
}

/** The file name of the issued minutes: "Bien-ban-kiem-tra-05-BB-DKT.docx" (ASCII, no path). */
export function minutesFileName(number: string | null, draft: boolean): string {
  const ascii = (number ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `Bien-ban-kiem-tra${ascii ? `-${ascii}` : ""}${draft ? "-du-thao" : ""}.docx`;
}

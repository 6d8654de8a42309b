// Corrective actions of the sample, in every state with their history (dữ liệu mẫu):
// - 2021 (published, so written as rows): the Q3 visits' actions get their history events (created
//   by the team lead, fix submitted by the unit's officer, verified by Home Affairs), and xã Phước
//   Tín's submitted fix is sent back (REOPENED with a reason): the same count of fixed actions, so
//   the published results do not change; its other action stays open (overdue).
// - the live year, through the real operations with the clock set on each day: on the ward's
//   concluded visit (Phường Long Phước, ~40 days ago) weaknesses pointing at criteria with actions
//   open (the one already seeded, due in 14 days: longphuoc@ answers it), overdue, fix submitted
//   (kiemtra@ verifies it), verified, and reopened with a reason.
import { dbDateToIso } from "@cchc/db";
import { addDays, type IsoDate, toLocalIsoDate, type Viewer } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import { storeEvidenceFile } from "../evidence/store-evidence-file.js";
import type { FileStorage } from "../evidence/storage.js";
import { createCorrectiveAction } from "../inspection/create-corrective-action.js";
import { reopenCorrectiveAction } from "../inspection/reopen-corrective-action.js";
import { submitActionFix } from "../inspection/submit-action-fix.js";
import { verifyCorrectiveAction } from "../inspection/verify-corrective-action.js";
import { at, type SampleUnit, samplePdf } from "./sample-cycle-steps.js";
import type { SamplePeople } from "./sample-people.js";
import { SAMPLE_LABEL } from "./sample-values.js";

type Prisma = OperationContext["prisma"];

/** History for the 2021 actions, and one of xã Phước Tín's open ones sent back with a reason. */
async function history2021(prisma: Prisma, yearId: string, units: readonly SampleUnit[], people: SamplePeople) {
  const codeOf = new Map(units.map((u) => [u.unitId, u.code]));
  const actions = await prisma.correctiveAction.findMany({
    where: { finding: { visit: { yearId } }, events: { none: {} } },
    select: {
      id: true,
      ownerUnitId: true,
      status: true,
      description: true,
      fixNote: true,
      submittedAt: true,
      verifiedAt: true,
      verifiedById: true,
      finding: { select: { visit: { select: { visitedDate: true, scheduledDate: true } } } },
    },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
  });
  let reopened = false;
  for (const a of actions) {
    const visitDay = dbDateToIso(a.finding.visit.visitedDate ?? a.finding.visit.scheduledDate);
    const officer = people.officers.get(codeOf.get(a.ownerUnitId) ?? "")?.userId ?? null;
    const events: Array<{
      fromStatus: "OPEN" | "SUBMITTED" | null;
      toStatus: "OPEN" | "SUBMITTED" | "VERIFIED" | "REOPENED";
      note: string | null;
      actorId: string | null;
      at: Date;
    }> = [
      {
        fromStatus: null,
        toStatus: "OPEN",
        note: a.description,
        actorId: people.homeAffairs.userId,
        at: at(visitDay, 16),
      },
    ];
    if (a.submittedAt) {
      events.push({ fromStatus: "OPEN", toStatus: "SUBMITTED", note: a.fixNote, actorId: officer, at: a.submittedAt });
    }
    if (a.status === "VERIFIED") {
      events.push({
        fromStatus: "SUBMITTED",
        toStatus: "VERIFIED",
        note: `${SAMPLE_LABEL}: đã kiểm tra lại, đạt yêu cầu.`,
        actorId: a.verifiedById ?? people.homeAffairs.userId,
        at: a.verifiedAt ?? at("2021-09-28"),
      });
    }
    if (a.status === "SUBMITTED" && !reopened && codeOf.get(a.ownerUnitId) === "phuoc-tin") {
      reopened = true;
      const reason = `${SAMPLE_LABEL}: ảnh chụp chưa cho thấy nội dung đã cập nhật; đề nghị bổ sung văn bản và ảnh chụp mới.`;
      events.push({
        fromStatus: "SUBMITTED",
        toStatus: "REOPENED",
        note: reason,
        actorId: people.inspector.userId,
        at: at("2021-09-24", 15),
      });
      await prisma.correctiveAction.update({
        where: { id: a.id },
        data: { status: "REOPENED", version: { increment: 2 } },
      });
    }
    await prisma.correctiveActionEvent.createMany({ data: events.map((e) => ({ ...e, actionId: a.id })) });
  }
}

const LIVE_WEAKNESSES: ReadonlyArray<{
  leaf: string;
  text: string;
  action: string;
  /** the steps taken, days from today */
  created: number;
  due: number;
  submitted?: number;
  verified?: number;
  reopened?: number;
  resubmitted?: number;
}> = [
  {
    leaf: "1.5",
    text: "Chưa ban hành kế hoạch tuyên truyền CCHC năm của đơn vị.",
    action: "Ban hành kế hoạch tuyên truyền CCHC năm, gửi bản chụp kế hoạch.",
    created: -39,
    due: -5,
  },
  {
    leaf: "3.1",
    text: "Sổ theo dõi hồ sơ TTHC tại Bộ phận Một cửa ghi chưa đầy đủ ngày trả kết quả.",
    action: "Bổ sung ngày trả kết quả vào sổ theo dõi hồ sơ, gửi ảnh chụp sổ.",
    created: -39,
    due: 10,
    submitted: -3,
  },
  {
    leaf: "7.4",
    text: "Chuyên mục CCHC trên trang thông tin điện tử chậm cập nhật.",
    action: "Cập nhật chuyên mục CCHC trên trang thông tin điện tử của phường.",
    created: -39,
    due: -10,
    submitted: -20,
    verified: -15,
  },
  {
    leaf: "3.1",
    text: "Hộp thư góp ý đặt khuất, người dân khó nhìn thấy.",
    action: "Di chuyển hộp thư góp ý ra vị trí dễ thấy tại Bộ phận Một cửa.",
    created: -39,
    due: 7,
    submitted: -12,
    reopened: -8,
  },
];

/** The live year's actions on the ward's concluded visit, through the operations. */
async function liveActions(
  prisma: Prisma,
  args: { yearId: string; units: readonly SampleUnit[]; people: SamplePeople; now: Date; storage?: FileStorage },
) {
  const { people } = args;
  const today = toLocalIsoDate(args.now);
  const ward = args.units.find((u) => u.code === "long-phuoc");
  const officer = ward ? people.officers.get(ward.code) : undefined;
  if (!ward || !officer) return;
  const visit = await prisma.inspectionVisit.findFirst({
    where: { yearId: args.yearId, unitId: ward.unitId, status: "CONCLUDED" },
    select: { id: true, visitedDate: true, scheduledDate: true },
    orderBy: { startsAt: "desc" },
  });
  if (!visit) return;
  // the action seeded with the visit gets its first history step
  const seeded = await prisma.correctiveAction.findMany({
    where: { finding: { visitId: visit.id }, events: { none: {} } },
    select: { id: true, description: true, createdAt: true },
  });
  for (const a of seeded) {
    await prisma.correctiveActionEvent.create({
      data: {
        actionId: a.id,
        toStatus: "OPEN",
        note: a.description,
        actorId: people.inspector.userId,
        at: a.createdAt,
      },
    });
  }
  const leaves = await prisma.frameworkNode.findMany({
    where: { framework: { yearId: args.yearId }, code: { in: LIVE_WEAKNESSES.map((w) => w.leaf) } },
    select: { id: true, code: true },
  });
  const leafId = new Map(leaves.map((l) => [l.code, l.id]));
  const ctx = (viewer: Viewer, day: IsoDate, hour = 10): OperationContext => ({ prisma, viewer, now: at(day, hour) });
  const day = (n: number) => addDays(today, n);
  for (const w of LIVE_WEAKNESSES) {
    const finding = await prisma.finding.create({
      data: {
        visitId: visit.id,
        kind: "WEAKNESS",
        severity: "MEDIUM",
        description: `${SAMPLE_LABEL}: ${w.text}`,
        frameworkNodeId: leafId.get(w.leaf) ?? null,
        authorId: people.inspector.userId,
        recordedAt: at(day(w.created - 1), 9),
        createdAt: at(day(w.created - 1), 9),
      },
    });
    const { actionId } = await createCorrectiveAction(ctx(people.inspector, day(w.created), 16), {
      findingId: finding.id,
      description: `${w.action} (dữ liệu mẫu)`,
      dueDate: day(w.due),
    });
    let version = 1;
    const submit = async (n: number, note: string) => {
      const files: string[] = [];
      if (args.storage) {
        const file = await storeEvidenceFile(
          { ...ctx(officer, day(n), 9), storage: args.storage },
          {
            yearId: args.yearId,
            unitId: ward.unitId,
            fileName: `khac-phuc-${w.leaf.replaceAll(".", "-")}-${ward.code}.pdf`,
            mimeType: "application/pdf",
            bytes: samplePdf(`Du lieu mau - ket qua khac phuc ${w.leaf} - ${ward.code}`),
          },
        );
        files.push(file.id);
      }
      await submitActionFix(ctx(officer, day(n)), { id: actionId, version, note, evidenceFileIds: files });
      version++;
    };
    if (w.submitted !== undefined) await submit(w.submitted, `${SAMPLE_LABEL}: đã thực hiện, gửi kèm ảnh chụp.`);
    if (w.verified !== undefined) {
      await verifyCorrectiveAction(ctx(people.inspector, day(w.verified), 15), {
        id: actionId,
        version,
        note: `${SAMPLE_LABEL}: đã kiểm tra lại tại đơn vị, đạt yêu cầu.`,
      });
      version++;
    }
    if (w.reopened !== undefined) {
      await reopenCorrectiveAction(ctx(people.inspector, day(w.reopened), 15), {
        id: actionId,
        version,
        reason: `${SAMPLE_LABEL}: ảnh chụp chưa thể hiện vị trí mới của hộp thư; đề nghị chụp lại toàn cảnh Bộ phận Một cửa.`,
      });
      version++;
    }
  }
}

export async function sampleCorrectiveActions(
  prisma: Prisma,
  args: {
    finishedYearId: string;
    liveYearId: string;
    units: readonly SampleUnit[];
    people: SamplePeople;
    now: Date;
    storage?: FileStorage;
  },
): Promise<void> {
  await history2021(prisma, args.finishedYearId, args.units, args.people);
  await liveActions(prisma, { ...args, yearId: args.liveYearId });
}

// The sample's inspection planning (issue #9): each sample year gets its inspection plan linked to task
// VII.1 ("Kiểm tra công tác CCHC tại các cơ quan, đơn vị…"); 2021's concluded visits belong to it. In
// the live year, through the operations (so the sample passes the rules): the two planned visits get a
// place and a scope from the framework (phường Sơn Giang's is notified, so its officer would see it),
// Phòng Tư pháp is notified of a visit in five days (tuphap@cchc.demo sees it), the demo inspector
// kiemtra@cchc.demo leads a visit today at Phòng Văn hóa và Thông tin that is in
// progress (findings can be recorded on it), and a visit to Phòng Tài chính-Kế hoạch is cancelled with
// a reason. Every text says "(dữ liệu mẫu)".
import { addDays, type IsoDate, toLocalIsoDate, type Viewer } from "@cchc/domain";
import type { PrismaClient } from "@cchc/db";
import { cancelInspectionVisit } from "../inspection/cancel-inspection-visit.js";
import { createInspectionVisit } from "../inspection/create-inspection-visit.js";
import { notifyInspectionVisit } from "../inspection/notify-inspection-visit.js";
import { saveInspectionPlan } from "../inspection/save-inspection-plan.js";
import { startInspectionVisit } from "../inspection/start-inspection-visit.js";
import { updateInspectionVisit } from "../inspection/update-inspection-visit.js";
import type { SamplePeople } from "./sample-people.js";

const PLAN_TITLE = (year: number) => `Kế hoạch kiểm tra công tác CCHC năm ${year} (dữ liệu mẫu)`;

async function areaIds(prisma: PrismaClient, yearId: string, codes: readonly string[]) {
  const nodes = await prisma.frameworkNode.findMany({
    where: { framework: { yearId }, depth: 0, code: { in: [...codes] } },
    select: { id: true },
  });
  return nodes.map((n) => n.id);
}

async function planTaskId(prisma: PrismaClient, yearId: string) {
  return (await prisma.planTask.findFirst({ where: { yearId, code: "VII.1" }, select: { id: true } }))?.id ?? null;
}

export async function sampleInspectionVisits(
  prisma: PrismaClient,
  args: {
    finishedYearId: string;
    finishedYear: number;
    liveYearId: string;
    liveYear: number;
    people: SamplePeople;
    now: Date;
  },
): Promise<{ visits: number }> {
  const { people, now } = args;
  const as = (viewer: Viewer) => ({ prisma, viewer, now });

  // 2021 is published (read-only for everyone): its plan is written as the year's history.
  const finishedPlan = await prisma.inspectionPlan.create({
    data: {
      yearId: args.finishedYearId,
      title: PLAN_TITLE(args.finishedYear),
      planTaskId: await planTaskId(prisma, args.finishedYearId),
    },
    select: { id: true },
  });
  await prisma.inspectionVisit.updateMany({
    where: { yearId: args.finishedYearId },
    data: { planId: finishedPlan.id },
  });

  const live = args.liveYearId;
  await saveInspectionPlan(as(people.homeAffairs), {
    yearId: live,
    version: null,
    title: PLAN_TITLE(args.liveYear),
    planTaskId: await planTaskId(prisma, live),
  });

  const today: IsoDate = toLocalIsoDate(now);
  const unitId = async (code: string) =>
    (await prisma.unit.findFirst({ where: { code, yearUnits: { some: { yearId: live } } }, select: { id: true } }))
      ?.id ?? null;
  const team = [
    { userId: people.homeAffairs.userId, isLead: true },
    { userId: people.inspector.userId, isLead: false },
  ];

  // The two planned visits of the live year: place and scope; phường Sơn Giang's is notified.
  const planned = await prisma.inspectionVisit.findMany({
    where: { yearId: live, status: "PLANNED" },
    select: { id: true, version: true, unitId: true, startsAt: true, unit: { select: { code: true, name: true } } },
    orderBy: { startsAt: "asc" },
  });
  for (const v of planned) {
    const date = toLocalIsoDate(v.startsAt);
    const updated = await updateInspectionVisit(as(people.homeAffairs), {
      id: v.id,
      version: v.version,
      unitId: v.unitId,
      date,
      startTime: "08:00",
      endTime: "11:00",
      place: `Trụ sở ${v.unit.name} (dữ liệu mẫu)`,
      team,
      scopeNodeIds: await areaIds(prisma, live, ["2", "6", "7"]),
      scopeText: "Công tác CCHC năm: chỉ đạo điều hành, TTHC, chính quyền số (dữ liệu mẫu)",
    });
    if (v.unit.code === "son-giang") {
      await notifyInspectionVisit(as(people.homeAffairs), { id: updated.visitId, version: v.version + 1 });
    }
  }

  let visits = planned.length;
  // Today: the demo inspector leads a visit on the spot (notified, then started).
  const culture = await unitId("van-hoa");
  if (culture) {
    const { visitId } = await createInspectionVisit(as(people.inspector), {
      yearId: live,
      unitId: culture,
      date: today,
      startTime: "07:30",
      endTime: "11:30",
      place: "Trụ sở Phòng Văn hóa và Thông tin (dữ liệu mẫu)",
      team: [
        { userId: people.inspector.userId, isLead: true },
        { userId: null, name: "Phạm Minh Tuấn", organization: "Sở Nội vụ (dữ liệu mẫu)", isLead: false },
      ],
      scopeNodeIds: await areaIds(prisma, live, ["2", "6"]),
      scopeText: "Niêm yết và giải quyết TTHC; ứng dụng CNTT, dịch vụ công trực tuyến (dữ liệu mẫu)",
    });
    await notifyInspectionVisit(as(people.inspector), { id: visitId, version: 1 });
    await startInspectionVisit(as(people.inspector), { id: visitId, version: 2 });
    visits += 1;
  }
  // Phòng Tư pháp is told of a visit in five days: its officer (tuphap@cchc.demo) sees it and its scope.
  const justice = await unitId("tu-phap");
  if (justice) {
    const { visitId } = await createInspectionVisit(as(people.inspector), {
      yearId: live,
      unitId: justice,
      date: addDays(today, 5),
      startTime: "14:00",
      endTime: "16:30",
      place: "Trụ sở Phòng Tư pháp (dữ liệu mẫu)",
      team: [
        { userId: people.inspector.userId, isLead: true },
        { userId: people.homeAffairs.userId, isLead: false },
      ],
      scopeNodeIds: await areaIds(prisma, live, ["1", "2"]),
      scopeText: "Xây dựng, kiểm tra văn bản QPPL; niêm yết TTHC lĩnh vực tư pháp (dữ liệu mẫu)",
    });
    await notifyInspectionVisit(as(people.inspector), { id: visitId, version: 1 });
    visits += 1;
  }
  // A visit cancelled with a reason.
  const finance = await unitId("tai-chinh");
  if (finance) {
    const { visitId } = await createInspectionVisit(as(people.homeAffairs), {
      yearId: live,
      unitId: finance,
      date: addDays(today, 10),
      startTime: "14:00",
      endTime: "16:30",
      place: "Trụ sở Phòng Tài chính-Kế hoạch (dữ liệu mẫu)",
      team,
      scopeNodeIds: await areaIds(prisma, live, ["5"]),
      scopeText: "Cải cách tài chính công (dữ liệu mẫu)",
    });
    await cancelInspectionVisit(as(people.homeAffairs), {
      id: visitId,
      version: 1,
      reason: "Đơn vị đề nghị dời lịch do trùng kỳ họp HĐND; sẽ bố trí lại trong quý sau (dữ liệu mẫu)",
    });
    visits += 1;
  }
  return { visits };
}

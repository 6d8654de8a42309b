// Planning inspection visits: Home Affairs and inspectors keep the year's inspection plan and schedule
// visits; only Home Affairs and the visit's team change, notify, start or cancel a visit (an inspector
// not on the team is refused); units, leadership, the administrator and anonymous are refused and
// nothing changes.
import { type Case, gqlOutcome, kit } from "./kit.js";

const send =
  (mutation: string, inputType: string, input: () => Promise<Record<string, unknown>>) =>
  async (cookie: string | null) =>
    gqlOutcome(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { __typename ... on Error { code message } } }`,
      { input: await input() },
      cookie,
      mutation,
    );

/** The kit's visit at a step, in an open year. */
async function visitAt(status: "PLANNED" | "NOTIFIED") {
  const p = kit.h.db.prisma;
  await p.evaluationYear.update({ where: { id: kit.yearId }, data: { status: "OPEN" } });
  await p.inspectionVisit.update({ where: { id: kit.visitId }, data: { status, cancelReason: null } });
}

const visitVersion = async () =>
  (await kit.h.db.prisma.inspectionVisit.findUniqueOrThrow({ where: { id: kit.visitId } })).version;
const visitState = () =>
  kit.h.db.prisma.inspectionVisit.findUniqueOrThrow({
    where: { id: kit.visitId },
    include: { team: { orderBy: { id: "asc" } }, scopeNodes: true },
  });

/** A new free day each attempt (no attempt clashes with an earlier one). */
let day = 0;
const nextDay = () => {
  day += 1;
  const d = new Date(Date.UTC(2021, 2, 1 + day));
  return d.toISOString().slice(0, 10);
};

const PLANNERS = ["homeAffairs", "inspectorOnTeam", "inspectorNotOnTeam"] as const;
const TEAM = ["homeAffairs", "inspectorOnTeam"] as const;

export const INSPECTION_VISIT_ROWS: Record<string, Case[]> = {
  saveInspectionPlan: [
    {
      name: "keep the year's inspection plan",
      allowed: PLANNERS,
      prepare: async () => {
        await kit.h.db.prisma.evaluationYear.update({ where: { id: kit.yearId }, data: { status: "OPEN" } });
      },
      run: send("saveInspectionPlan", "SaveInspectionPlanInput", async () => {
        const plan = await kit.h.db.prisma.inspectionPlan.findUnique({ where: { yearId: kit.yearId } });
        return { yearId: kit.yearId, version: plan?.version ?? null, title: `Kế hoạch kiểm tra CCHC ${day++}` };
      }),
      state: () => kit.h.db.prisma.inspectionPlan.findUnique({ where: { yearId: kit.yearId } }),
    },
  ],
  createInspectionVisit: [
    {
      name: "schedule a visit to Phòng Tư pháp (a free day each time)",
      allowed: PLANNERS,
      prepare: async () => {
        await kit.h.db.prisma.evaluationYear.update({ where: { id: kit.yearId }, data: { status: "OPEN" } });
      },
      run: send("createInspectionVisit", "CreateInspectionVisitInput", async () => ({
        yearId: kit.yearId,
        unitId: kit.justiceUnitId,
        date: nextDay(),
        startTime: "08:00",
        endTime: "11:00",
        team: [{ userId: null, name: "Chuyên gia ma trận quyền", organization: "Sở Nội vụ", isLead: true }],
        scopeText: "Ma trận quyền: công tác CCHC",
      })),
      state: () => kit.h.db.prisma.inspectionVisit.count({ where: { yearId: kit.yearId } }),
    },
  ],
  updateInspectionVisit: [
    {
      name: "change the visit's window (its team: inspectorOnTeam)",
      allowed: TEAM,
      prepare: () => visitAt("PLANNED"),
      run: send("updateInspectionVisit", "UpdateInspectionVisitInput", async () => {
        const v = await kit.h.db.prisma.inspectionVisit.findUniqueOrThrow({ where: { id: kit.visitId } });
        return {
          id: kit.visitId,
          version: v.version,
          unitId: v.unitId,
          date: nextDay(),
          startTime: "13:30",
          endTime: "16:30",
          team: [{ userId: kit.inspectorOnTeamId, isLead: true }],
          scopeText: "Ma trận quyền: đổi lịch",
        };
      }),
      state: visitState,
    },
  ],
  notifyInspectionVisit: [
    {
      name: "notify the unit of the planned visit",
      allowed: TEAM,
      prepare: () => visitAt("PLANNED"),
      run: send("notifyInspectionVisit", "MoveInspectionVisitInput", async () => ({
        id: kit.visitId,
        version: await visitVersion(),
      })),
      state: visitState,
    },
  ],
  startInspectionVisit: [
    {
      name: "start the notified visit",
      allowed: TEAM,
      prepare: () => visitAt("NOTIFIED"),
      run: send("startInspectionVisit", "MoveInspectionVisitInput", async () => ({
        id: kit.visitId,
        version: await visitVersion(),
      })),
      state: visitState,
    },
  ],
  cancelInspectionVisit: [
    {
      name: "cancel the planned visit with a reason",
      allowed: TEAM,
      prepare: () => visitAt("PLANNED"),
      run: send("cancelInspectionVisit", "CancelInspectionVisitInput", async () => ({
        id: kit.visitId,
        version: await visitVersion(),
        reason: "Ma trận quyền: đơn vị đề nghị dời lịch",
      })),
      state: visitState,
    },
  ],
};

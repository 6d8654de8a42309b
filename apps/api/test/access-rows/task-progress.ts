// Progress on the plan's tasks: only an officer of a unit linked to the task reports, and only its
// own unit's part (Phòng Tư pháp leads I.2; Phường Long Phước is not linked to it); only Home
// Affairs overrides a task's status. Everyone else is refused and nothing changes.
import { type Case, gqlOutcome, kit } from "./kit.js";

const REPORT = `mutation($input: ReportTaskProgressInput!) {
  reportTaskProgress(input: $input) { __typename ... on Error { code message } }
}`;
const OVERRIDE = `mutation($input: OverrideTaskStatusInput!) {
  overrideTaskStatus(input: $input) { __typename ... on Error { code message } }
}`;

async function openYear() {
  await kit.h.db.prisma.evaluationYear.update({ where: { id: kit.yearId }, data: { status: "OPEN" } });
}

async function taskI2() {
  return kit.h.db.prisma.planTask.findFirstOrThrow({ where: { yearId: kit.yearId, code: "I.2" } });
}

async function state() {
  const task = await taskI2();
  const parts = await kit.h.db.prisma.taskProgress.findMany({ where: { taskId: task.id }, orderBy: { id: "asc" } });
  return { task, parts };
}

/** Reports Phòng Tư pháp's part of I.2 at the version it has now, toggling its percent. */
async function reportJustice(cookie: string | null) {
  const task = await taskI2();
  const part = await kit.h.db.prisma.taskProgress.findUnique({
    where: { taskId_unitId: { taskId: task.id, unitId: kit.justiceUnitId } },
  });
  const input = {
    taskId: task.id,
    version: part?.version ?? null,
    status: "IN_PROGRESS",
    percent: part?.percent === 10 ? 20 : 10,
    comment: "Ma trận quyền",
  };
  return gqlOutcome(REPORT, { input }, cookie, "reportTaskProgress");
}

async function overrideI2(cookie: string | null) {
  const task = await taskI2();
  const input = {
    taskId: task.id,
    version: task.version,
    status: task.statusOverride ? null : "CANCELLED",
    reason: "Ma trận quyền",
  };
  return gqlOutcome(OVERRIDE, { input }, cookie, "overrideTaskStatus");
}

export const TASK_PROGRESS_ROWS: Record<string, Case[]> = {
  reportTaskProgress: [
    {
      name: "report Phòng Tư pháp's part of task I.2 (it leads it)",
      allowed: ["officerOfLeadUnit"],
      prepare: openYear,
      run: reportJustice,
      state,
    },
  ],
  overrideTaskStatus: [
    {
      name: "set task I.2's status by hand with a reason, or clear it",
      allowed: ["homeAffairs"],
      prepare: openYear,
      run: overrideI2,
      state,
    },
  ],
};

// Corrective actions: the visit's team (inspectorOnTeam) and Home Affairs create, verify and reopen;
// only the owner unit's officer (officerOfLeadUnit, Phòng Tư pháp) submits the fix. Everyone else is
// refused and nothing changes.
import { type Case, gqlOutcome, kit } from "./kit.js";

const MATRIX_TEXT = "Ma trận quyền: tồn tại cần khắc phục";

/** A weakness on the kit's visit to Phòng Tư pháp (setup, not under test). */
async function weakness(): Promise<string> {
  const p = kit.h.db.prisma;
  await p.evaluationYear.update({ where: { id: kit.yearId }, data: { status: "OPEN" } });
  const found = await p.finding.findFirst({ where: { visitId: kit.visitId, description: MATRIX_TEXT } });
  if (found) return found.id;
  return (await p.finding.create({ data: { visitId: kit.visitId, kind: "WEAKNESS", description: MATRIX_TEXT } })).id;
}

/** One action of that weakness, put in `status` (setup). */
async function actionIn(status: "OPEN" | "SUBMITTED"): Promise<string> {
  const p = kit.h.db.prisma;
  const findingId = await weakness();
  const existing = await p.correctiveAction.findFirst({
    where: { findingId, description: "Ma trận quyền: hành động" },
  });
  const data = {
    status,
    fixNote: status === "SUBMITTED" ? "Đã khắc phục" : null,
    verifiedAt: null,
    verifiedById: null,
  };
  if (existing) {
    await p.correctiveAction.update({ where: { id: existing.id }, data });
    return existing.id;
  }
  const created = await p.correctiveAction.create({
    data: {
      findingId,
      description: "Ma trận quyền: hành động",
      ownerUnitId: kit.justiceUnitId,
      dueDate: new Date("2021-09-30T00:00:00Z"),
      ...data,
    },
  });
  return created.id;
}

async function actionsState() {
  const p = kit.h.db.prisma;
  return {
    actions: await p.correctiveAction.findMany({
      where: { finding: { visitId: kit.visitId } },
      orderBy: { id: "asc" },
    }),
    events: await p.correctiveActionEvent.count({ where: { action: { finding: { visitId: kit.visitId } } } }),
  };
}

let actionId = "";
const version = async () =>
  (await kit.h.db.prisma.correctiveAction.findUniqueOrThrow({ where: { id: actionId } })).version;

const step = (mutation: string, inputType: string, extra: Record<string, unknown>) => async (cookie: string | null) =>
  gqlOutcome(
    `mutation($input: ${inputType}!) { ${mutation}(input: $input) { __typename ... on Error { code message } } }`,
    { input: { id: actionId, version: await version(), ...extra } },
    cookie,
    mutation,
  );

export const CORRECTIVE_ACTION_ROWS: Record<string, Case[]> = {
  createCorrectiveAction: [
    {
      name: "create a corrective action from a weakness of the visit",
      allowed: ["homeAffairs", "inspectorOnTeam"],
      run: async (cookie) =>
        gqlOutcome(
          `mutation($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { __typename ... on Error { code message } } }`,
          { input: { findingId: await weakness(), description: "Cập nhật niêm yết TTHC", dueDate: "2021-09-30" } },
          cookie,
          "createCorrectiveAction",
        ),
      state: actionsState,
    },
  ],
  submitCorrectiveActionFix: [
    {
      name: "submit the fix of an open action (the owner unit's officer only)",
      allowed: ["officerOfLeadUnit"],
      prepare: async () => {
        actionId = await actionIn("OPEN");
      },
      run: step("submitCorrectiveActionFix", "SubmitCorrectiveActionFixInput", { note: "Đã cập nhật niêm yết" }),
      state: actionsState,
    },
  ],
  verifyCorrectiveAction: [
    {
      name: "verify a submitted fix",
      allowed: ["homeAffairs", "inspectorOnTeam"],
      prepare: async () => {
        actionId = await actionIn("SUBMITTED");
      },
      run: step("verifyCorrectiveAction", "VerifyCorrectiveActionInput", {}),
      state: actionsState,
    },
  ],
  reopenCorrectiveAction: [
    {
      name: "reopen a submitted fix with a reason",
      allowed: ["homeAffairs", "inspectorOnTeam"],
      prepare: async () => {
        actionId = await actionIn("SUBMITTED");
      },
      run: step("reopenCorrectiveAction", "ReopenCorrectiveActionInput", { reason: "Chưa có hình ảnh niêm yết mới" }),
      state: actionsState,
    },
  ],
};

// Findings on the spot and the minutes: the visit's team (inspectorOnTeam) and Home Affairs record,
// change and remove findings, record the minutes and conclude; an inspector not on the team, the units,
// leadership, the administrator and anonymous are refused and nothing changes.
import { randomUUID } from "node:crypto";
import { type Case, gqlOutcome, kit } from "./kit.js";

const TEXT = "Ma trận quyền: phát hiện tại chỗ";

/** The kit's visit on the spot (setup), in an open year. */
async function visitAt(status: "IN_PROGRESS" | "MINUTES_RECORDED") {
  const p = kit.h.db.prisma;
  await p.evaluationYear.update({ where: { id: kit.yearId }, data: { status: "OPEN" } });
  await p.inspectionVisit.update({
    where: { id: kit.visitId },
    data: {
      status,
      minutesFileId: null,
      concludedAt: null,
      ...(status === "MINUTES_RECORDED"
        ? { minutesNumber: "77/BB-ĐKT", place: "Trụ sở Phòng Tư pháp", conclusions: "Ma trận quyền: kết luận" }
        : {}),
    },
  });
}

async function finding(): Promise<string> {
  await visitAt("IN_PROGRESS");
  const p = kit.h.db.prisma;
  const found = await p.finding.findFirst({ where: { visitId: kit.visitId, description: TEXT } });
  if (found) return found.id;
  return (await p.finding.create({ data: { visitId: kit.visitId, kind: "GOOD_PRACTICE", description: TEXT } })).id;
}

const findingsState = () =>
  kit.h.db.prisma.finding.findMany({ where: { visitId: kit.visitId }, orderBy: { id: "asc" } });
const visitState = () =>
  kit.h.db.prisma.inspectionVisit.findUniqueOrThrow({ where: { id: kit.visitId }, include: { minutesFile: true } });

let findingId = "";
const findingVersion = async () =>
  (await kit.h.db.prisma.finding.findUniqueOrThrow({ where: { id: findingId } })).version;
const visitVersion = async () =>
  (await kit.h.db.prisma.inspectionVisit.findUniqueOrThrow({ where: { id: kit.visitId } })).version;

const send =
  (mutation: string, inputType: string, input: () => Promise<Record<string, unknown>>) =>
  async (cookie: string | null) =>
    gqlOutcome(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { __typename ... on Error { code message } } }`,
      { input: await input() },
      cookie,
      mutation,
    );

const TEAM = ["homeAffairs", "inspectorOnTeam"] as const;

export const INSPECTION_FINDING_ROWS: Record<string, Case[]> = {
  recordFinding: [
    {
      name: "record a weakness on the visit (a new clientId each time)",
      allowed: TEAM,
      prepare: () => visitAt("IN_PROGRESS"),
      run: send("recordFinding", "RecordFindingInput", async () => ({
        visitId: kit.visitId,
        clientId: randomUUID(),
        kind: "WEAKNESS",
        severity: "MEDIUM",
        description: "Ma trận quyền: chưa niêm yết TTHC",
      })),
      state: findingsState,
    },
  ],
  updateFinding: [
    {
      name: "change a finding's text",
      allowed: TEAM,
      prepare: async () => {
        findingId = await finding();
      },
      run: send("updateFinding", "UpdateFindingInput", async () => ({
        id: findingId,
        version: await findingVersion(),
        kind: "GOOD_PRACTICE",
        description: TEXT,
      })),
      state: findingsState,
    },
  ],
  deleteFinding: [
    {
      name: "remove a finding",
      allowed: TEAM,
      prepare: async () => {
        findingId = await finding();
      },
      run: send("deleteFinding", "DeleteFindingInput", async () => ({
        id: findingId,
        version: await findingVersion(),
      })),
      state: findingsState,
    },
  ],
  recordVisitMinutes: [
    {
      name: "record the minutes of the visit in progress",
      allowed: TEAM,
      prepare: () => visitAt("IN_PROGRESS"),
      run: send("recordVisitMinutes", "RecordVisitMinutesInput", async () => ({
        visitId: kit.visitId,
        version: await visitVersion(),
        number: 77,
        place: "Trụ sở Phòng Tư pháp",
        conclusions: "Ma trận quyền: kết luận",
      })),
      state: visitState,
    },
  ],
  concludeVisit: [
    {
      name: "conclude the visit once the minutes are recorded (the DOCX issued)",
      allowed: TEAM,
      prepare: () => visitAt("MINUTES_RECORDED"),
      run: send("concludeVisit", "ConcludeVisitInput", async () => ({
        visitId: kit.visitId,
        version: await visitVersion(),
      })),
      state: visitState,
    },
  ],
};

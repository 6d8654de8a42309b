// The sample's corrective actions (seedSampleCycle on a copy of the base seed): every state with its
// history in 2021 and in the live year, the 2021 results unchanged by the reopened one, and work
// waiting for the demo roles (the ward's officer answers an open action, the demo inspector verifies
// a submitted fix).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "@cchc/db";
import { openTestDatabase, sampleYear, type TestDatabase } from "@cchc/db/testing";
import { can, isActionOverdue } from "@cchc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { folderStorage, seedSampleCycle } from "../src/index.js";

let db: TestDatabase;
let prisma: PrismaClient;
let dir: string;
let liveYearId = "";
let yearId = "";
const now = new Date("2026-11-28T03:00:00Z");

beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
  prisma = db.prisma;
  dir = await mkdtemp(path.join(tmpdir(), "cchc-sample-actions-"));
  yearId = (await sampleYear(prisma)).year.id;
  const result = await seedSampleCycle(prisma, { now, storage: folderStorage(dir) });
  if (!result.created) throw new Error(result.reason);
  liveYearId = result.liveYearId;
}, 180_000);
afterAll(async () => {
  await db?.dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const actionsOf = (id: string) =>
  prisma.correctiveAction.findMany({
    where: { finding: { visit: { yearId: id } } },
    include: {
      events: { orderBy: { at: "asc" } },
      evidence: true,
      owner: true,
      finding: { include: { visit: { include: { team: true, year: true } } } },
    },
  });

describe("sample corrective actions", () => {
  it("2021: every action has its history, and one fix was sent back with a reason", async () => {
    const actions = await actionsOf(yearId);
    expect(new Set(actions.map((a) => a.status))).toEqual(new Set(["OPEN", "SUBMITTED", "VERIFIED", "REOPENED"]));
    for (const a of actions) {
      expect(a.events[0]?.toStatus).toBe("OPEN");
      expect(a.events.at(-1)?.toStatus).toBe(a.status);
    }
    const reopened = actions.find((a) => a.status === "REOPENED")!;
    expect(reopened.events.at(-1)!.note).toMatch(/Dữ liệu mẫu/);
  });

  it("the live year: open, overdue, submitted, verified and reopened, with history and evidence, labelled", async () => {
    const actions = await actionsOf(liveYearId);
    const statuses = new Set(actions.map((a) => a.status));
    expect(statuses).toEqual(new Set(["OPEN", "SUBMITTED", "VERIFIED", "REOPENED"]));
    const due = (a: (typeof actions)[number]) => a.dueDate.toISOString().slice(0, 10);
    expect(actions.some((a) => isActionOverdue({ status: a.status, dueDate: due(a) }, now))).toBe(true);
    expect(
      actions.some((a) => a.status === "OPEN" && !isActionOverdue({ status: a.status, dueDate: due(a) }, now)),
    ).toBe(true);
    for (const a of actions) expect(a.events.length).toBeGreaterThan(0);
    expect(actions.filter((a) => a.status !== "OPEN").every((a) => a.evidence.length > 0)).toBe(true);
    expect(actions.filter((a) => a.description.includes("dữ liệu mẫu")).length).toBeGreaterThanOrEqual(4);
  });

  it("the ward's officer has an open action to answer, the demo inspector a submitted fix to verify", async () => {
    const actions = await actionsOf(liveYearId);
    const ward = await prisma.user.findUniqueOrThrow({ where: { email: "longphuoc@cchc.demo" } });
    const inspector = await prisma.user.findUniqueOrThrow({ where: { email: "kiemtra@cchc.demo" } });
    const resource = (a: (typeof actions)[number]) => ({
      type: "CorrectiveAction" as const,
      ownerUnitId: a.ownerUnitId,
      teamUserIds: a.finding.visit.team.flatMap((m) => (m.userId ? [m.userId] : [])),
      yearStatus: a.finding.visit.year.status,
    });
    const viewer = (u: typeof ward) => ({ userId: u.id, roles: u.roles, unitId: u.unitId });
    expect(actions.some((a) => a.status === "OPEN" && can(viewer(ward), "action.submitFix", resource(a)))).toBe(true);
    expect(actions.some((a) => a.status === "SUBMITTED" && can(viewer(inspector), "action.verify", resource(a)))).toBe(
      true,
    );
  });
});

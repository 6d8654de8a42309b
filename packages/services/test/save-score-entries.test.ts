// saveScoreEntries: many values of one unit from one source, with saveScoreEntry's rules, all or nothing.
import type { PrismaClient } from "@cchc/db";
import { openTestDatabase, sampleYear, type TestDatabase } from "@cchc/db/testing";
import type { Viewer } from "@cchc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ConflictError,
  ForbiddenError,
  readAudit,
  saveScoreEntries,
  StageClosedError,
  ValidationError,
} from "../src/index.js";

let db: TestDatabase;
let prisma: PrismaClient;
let yearId: string;
let unitIds: Map<string, string>;
let justice: Viewer;
let office: Viewer;
const selfDay = new Date("2021-11-10T03:00:00Z");
const round1Day = new Date("2021-12-05T03:00:00Z");

beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
  prisma = db.prisma;
  ({
    year: { id: yearId },
    unitIds,
  } = await sampleYear(prisma));
  const viewer = async (email: string) => {
    const u = await prisma.user.findUniqueOrThrow({ where: { email } });
    return { userId: u.id, roles: u.roles, unitId: u.unitId };
  };
  justice = await viewer("tuphap@cchc.demo");
  office = await viewer("noivu@cchc.demo");
});
afterAll(async () => {
  await db?.dispose();
});

const claims = [
  { leafCode: "1.1.2", version: null, inputs: { kind: "checklist", met: 4 }, comment: "Kế hoạch lưu tại văn thư" },
  {
    leafCode: "5.3",
    version: null,
    inputs: { kind: "ratio", numerator: 58, denominator: 63 },
    comment: "Danh sách cử đi học",
  },
];

describe("saveScoreEntries", () => {
  it("writes the unit's claims in one go, one audit event each, stamped with the operation's clock", async () => {
    const unitId = unitIds.get("tu-phap")!;
    const { entryIds } = await saveScoreEntries(
      { prisma, viewer: justice, now: selfDay },
      { yearId, unitId, source: "SELF", entries: claims },
    );
    expect(entryIds).toHaveLength(2);
    const rows = await prisma.scoreEntry.findMany({ where: { id: { in: entryIds } }, include: { node: true } });
    expect(rows.map((r) => [r.node.code, Number(r.points), r.version, r.createdAt.toISOString()]).sort()).toEqual([
      ["1.1.2", 0.8, 1, selfDay.toISOString()],
      ["5.3", 1.8413, 1, selfDay.toISOString()],
    ]);
    const audits = await prisma.auditLog.findMany({ where: { entityId: { in: entryIds } } });
    expect(audits.map((a) => readAudit(a)).map((e) => e.action)).toEqual(["score_entry.save", "score_entry.save"]);
    expect(audits.every((a) => a.at.getTime() === selfDay.getTime() && a.actorId === justice.userId)).toBe(true);
  });

  it("refuses what saveScoreEntry refuses: another unit, a closed stage, a conflict", async () => {
    const ward = unitIds.get("long-phuoc")!;
    const tuPhap = unitIds.get("tu-phap")!;
    const other = await saveScoreEntries(
      { prisma, viewer: justice, now: selfDay },
      { yearId, unitId: ward, source: "SELF", entries: claims },
    ).catch((e) => e);
    expect(other).toBeInstanceOf(ForbiddenError);
    const late = await saveScoreEntries(
      { prisma, viewer: justice, now: round1Day },
      { yearId, unitId: tuPhap, source: "SELF", entries: [{ ...claims[0]!, version: 1 }] },
    ).catch((e) => e);
    expect(late).toBeInstanceOf(StageClosedError);
    const stale = await saveScoreEntries(
      { prisma, viewer: justice, now: selfDay },
      { yearId, unitId: tuPhap, source: "SELF", entries: claims },
    ).catch((e) => e);
    expect(stale).toBeInstanceOf(ConflictError);
  });

  it("checks every entry first and writes nothing when one is wrong, each problem under its entry", async () => {
    const tuPhap = unitIds.get("tu-phap")!;
    const before = await prisma.scoreEntry.count();
    const error = await saveScoreEntries(
      { prisma, viewer: office, now: round1Day },
      {
        yearId,
        unitId: tuPhap,
        source: "ROUND1",
        entries: [
          // the claim's inputs: no reason needed (though the claim was stored with 4 decimals)
          { leafCode: "5.3", version: null, inputs: { kind: "ratio", numerator: 58, denominator: 63 } },
          { leafCode: "1.1.2", version: null, inputs: { kind: "checklist", met: 2 } },
          { leafCode: "3.5", version: null, points: 1 },
        ],
      },
    ).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      "entries.1.reasonCode:REASON_REQUIRED",
      "entries.2.leafCode:NOT_FOR_UNIT_TYPE",
    ]);
    expect(await prisma.scoreEntry.count()).toBe(before);
    const system = await saveScoreEntries(
      { prisma, viewer: office, now: round1Day },
      { yearId, unitId: tuPhap, source: "AUTO", entries: [{ leafCode: "1.2", version: null, points: 1 }] },
    ).catch((e) => e);
    expect(system).toMatchObject({ problems: [{ code: "SYSTEM_SOURCE" }] });
    const ok = await saveScoreEntries(
      { prisma, viewer: office, now: round1Day },
      {
        yearId,
        unitId: tuPhap,
        source: "ROUND1",
        entries: [
          { leafCode: "5.3", version: null, inputs: { kind: "ratio", numerator: 58, denominator: 63 } },
          {
            leafCode: "1.1.2",
            version: null,
            inputs: { kind: "checklist", met: 2 },
            reasonCode: "NO_EVIDENCE",
            comment: "Thiếu",
          },
        ],
      },
    );
    expect(ok.entryIds).toHaveLength(2);
  });
});

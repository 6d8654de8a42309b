import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMigrations } from "../src/migrate.js";
import { seedSampleYear } from "../src/seed/index.js";
import { openTestDatabase, type TestDatabase } from "../src/testing.js";
import { verifyPassword } from "../src/password.js";
import { DEMO_PASSWORD } from "../src/seed/demo-users.js";

let db: TestDatabase;

beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
});
afterAll(async () => {
  await db?.dispose();
});

describe("migrations", () => {
  it("records every migration as Prisma's migrate deploy would", async () => {
    const rows = await db.prisma.$queryRawUnsafe<Array<{ migration_name: string }>>(
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(readMigrations().map((m) => m.name));
    expect(rows.map((r) => r.migration_name).slice(0, 2)).toEqual([
      "20261127000000_init",
      "20261127000100_audit_append_only",
    ]);
  });

  // PGlite: the trigger refuses; PostgreSQL: the application role has no UPDATE/DELETE (test/app-role.test.ts).
  it("keeps the audit log append-only", async () => {
    const entry = await db.prisma.auditLog.create({ data: { action: "test", entity: "Test" } });
    await expect(db.prisma.auditLog.update({ where: { id: entry.id }, data: { action: "changed" } })).rejects.toThrow(
      /append-only|permission denied for table AuditLog/,
    );
    await expect(db.prisma.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(
      /append-only|permission denied for table AuditLog/,
    );
  });
});

describe("the 2021 sample year", () => {
  it("has the authority and its 19 units under 3 unit types", async () => {
    const authority = await db.prisma.authority.findUniqueOrThrow({ where: { code: "phuoc-long" } });
    expect(authority.headerName).toBe("UBND THỊ XÃ PHƯỚC LONG");
    const types = await db.prisma.unitType.findMany({
      include: { _count: { select: { units: true } } },
      orderBy: { position: "asc" },
    });
    expect(types.map((t) => [t.code, t._count.units, t.scored])).toEqual([
      ["phong", 7, true],
      ["xa", 7, true],
      ["nganh_doc", 5, false],
    ]);
    const wards = await db.prisma.unit.findMany({ where: { type: { code: "xa" } }, orderBy: { name: "asc" } });
    expect(wards.map((w) => w.name)).toEqual([
      "UBND phường Long Phước",
      "UBND phường Long Thủy",
      "UBND phường Phước Bình",
      "UBND phường Sơn Giang",
      "UBND phường Thác Mơ",
      "UBND xã Long Giang",
      "UBND xã Phước Tín",
    ]);
  });

  it("has the 7 areas and 20 tasks with their phrases verbatim, all parsed", async () => {
    const areas = await db.prisma.planArea.findMany({
      orderBy: { position: "asc" },
      include: { _count: { select: { tasks: true } } },
    });
    expect(areas.map((a) => `${a.code}:${a._count.tasks}`)).toEqual([
      "I:3",
      "II:3",
      "III:2",
      "IV:5",
      "V:2",
      "VI:3",
      "VII:2",
    ]);
    const tasks = await db.prisma.planTask.findMany({ orderBy: { position: "asc" } });
    expect(tasks).toHaveLength(20);
    expect(tasks.filter((t) => t.timingKind === "NEEDS_PERSON")).toEqual([]);
    const byCode = Object.fromEntries(tasks.map((t) => [t.code, t]));
    expect(byCode["I.2"]!.timePhrase).toBe("Qúy I/2021");
    expect(byCode["I.2"]!.timingKind).toBe("WINDOW");
    expect(byCode["I.2"]!.dueDate?.toISOString().slice(0, 10)).toBe("2021-03-31");
    expect(byCode["I.1"]!.timingKind).toBe("ONGOING");
    expect(byCode["I.1"]!.dueDate).toBeNull();
    expect(byCode["IV.3"]!.timingKind).toBe("TRIGGERED");
    expect(byCode["VI.3"]!.timingKind).toBe("RECURRING");
    expect((byCode["VI.3"]!.occurrences as unknown[]).length).toBe(2);
    expect(byCode["VII.2"]!.timingKind).toBe("RECURRING");
  });

  it("links leads and coordinators, expanding the 'all units' group", async () => {
    const task = await db.prisma.planTask.findFirstOrThrow({
      where: { code: "VI.3" },
      include: { units: { include: { unit: true } } },
    });
    const leads = task.units.filter((u) => u.role === "LEAD");
    const coordinators = task.units.filter((u) => u.role === "COORDINATING");
    expect(task.leadLabel).toBe("Các cơ quan, đơn vị và UBND các xã, phường");
    expect(leads).toHaveLength(19);
    expect(coordinators.map((c) => c.unit.name)).toEqual(["Phòng Nội vụ-Lao động, Thương binh và Xã hội"]);
    const related = await db.prisma.planTask.findFirstOrThrow({ where: { code: "II.1" }, include: { units: true } });
    expect(related.units.filter((u) => u.role === "COORDINATING")).toEqual([]);
    expect(related.coordinatingLabel).toBe("Các cơ quan, đơn vị có liên quan.");
  });

  it("has the unit-plan deadline and four report periods under the plan's rule", async () => {
    const year = await db.prisma.evaluationYear.findFirstOrThrow({
      include: { reportPeriods: { orderBy: { position: "asc" } } },
    });
    expect(year.year).toBe(2021);
    expect(year.unitPlanDeadlineText).toBe("trước ngày 20/02/2021");
    expect(year.reportPeriods.map((p) => p.code)).toEqual(["Q1", "H1", "Q3", "YEAR"]);
    // "Gửi trước ngày 25 của tháng giữa quý": the middle months are 2, 5, 8, 11; day 25 itself is late.
    expect(year.reportPeriods.map((p) => p.dueDate.toISOString().slice(0, 10))).toEqual([
      "2021-02-24",
      "2021-05-24",
      "2021-08-24",
      "2021-11-24",
    ]);
  });

  it("has the sample framework: 8 areas, 49 leaves, 100 points", async () => {
    const nodes = await db.prisma.frameworkNode.findMany({ orderBy: { position: "asc" } });
    expect(nodes.filter((n) => n.depth === 0)).toHaveLength(8);
    const leaves = nodes.filter((n) => n.method !== null);
    expect(leaves).toHaveLength(49);
    const total = nodes.filter((n) => n.depth === 0).reduce((s, n) => s + Number(n.maxPoints), 0);
    expect(total).toBe(100);
    expect(nodes[0]!.code).toBe("1");
    expect(nodes[1]!.code).toBe("1.1");
    expect(nodes[2]!.code).toBe("1.1.1");
  });

  it("has the evaluation calendar of the sample (workflow_deadlines_sample)", async () => {
    const stages = await db.prisma.yearStage.findMany({ orderBy: { opensOn: "asc" } });
    expect(stages.map((s) => [s.stage, s.closesOn.toISOString().slice(0, 10)])).toEqual([
      ["SELF_ASSESSMENT", "2021-11-30"],
      ["ROUND1", "2021-12-15"],
      ["EXPLANATION", "2021-12-20"],
      ["ROUND2", "2022-01-10"],
      ["APPROVAL", "2022-01-20"],
      ["PUBLICATION", "2022-01-31"],
    ]);
  });

  it("has demo users whose password is the documented demo password", async () => {
    const users = await db.prisma.user.findMany({ orderBy: { email: "asc" } });
    expect(users.map((u) => u.roles[0]).sort()).toEqual(
      ["ADMIN", "HOME_AFFAIRS", "INSPECTOR", "LEADERSHIP", "UNIT_OFFICER", "UNIT_OFFICER", "UNIT_OFFICER"].sort(),
    );
    const noivu = users.find((u) => u.email === "noivu@cchc.demo")!;
    expect(await verifyPassword(noivu.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(noivu.passwordHash, "wrong")).toBe(false);
  });

  it("seeding twice changes nothing", async () => {
    const before = await db.prisma.planTask.count();
    const again = await seedSampleYear(db.prisma);
    expect(again.created).toBe(false);
    expect(await db.prisma.planTask.count()).toBe(before);
  });
});

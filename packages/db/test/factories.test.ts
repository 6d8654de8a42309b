import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../src/password.js";
import { createInspectionVisit, createUser, openTestDatabase, sampleYear, type TestDatabase } from "../src/testing.js";

let db: TestDatabase;

beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
});
afterAll(async () => {
  await db?.dispose();
});

describe("test data factories", () => {
  it("sampleYear finds the 2021 year and the units by code", async () => {
    const { year, unitIds } = await sampleYear(db.prisma);
    expect(year.year).toBe(2021);
    expect(unitIds.size).toBe(19);
    const noiVu = await db.prisma.unit.findUniqueOrThrow({ where: { id: unitIds.get("noi-vu")! } });
    expect(noiVu.code).toBe("noi-vu");
  });

  it("createUser makes a user who can log in with the returned password", async () => {
    const { unitIds } = await sampleYear(db.prisma);
    const a = await createUser(db.prisma, { roles: ["UNIT_OFFICER"], unitId: unitIds.get("tu-phap")! });
    const b = await createUser(db.prisma, {
      roles: ["INSPECTOR"],
      email: "doan@test.cchc",
      fullName: "Đoàn kiểm tra thử",
    });
    expect(a.email).not.toBe(b.email);
    expect(b.email).toBe("doan@test.cchc");
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { id: a.id } });
    expect(stored.roles).toEqual(["UNIT_OFFICER"]);
    expect(stored.unitId).toBe(unitIds.get("tu-phap"));
    expect(await verifyPassword(stored.passwordHash, a.password)).toBe(true);
    expect(await verifyPassword(stored.passwordHash, "wrong")).toBe(false);
  });

  it("createInspectionVisit plans a visit with its team, the first member leading", async () => {
    const { year, unitIds } = await sampleYear(db.prisma);
    const lead = await createUser(db.prisma, { roles: ["INSPECTOR"], fullName: "Trưởng đoàn thử" });
    const member = await createUser(db.prisma, { roles: ["INSPECTOR"], fullName: "Thành viên thử" });
    const visit = await createInspectionVisit(db.prisma, {
      yearId: year.id,
      unitId: unitIds.get("long-phuoc")!,
      teamUserIds: [lead.id, member.id],
    });
    const stored = await db.prisma.inspectionVisit.findUniqueOrThrow({
      where: { id: visit.id },
      include: { team: { orderBy: { role: "desc" } } },
    });
    expect(stored.status).toBe("PLANNED");
    expect(stored.scheduledDate.toISOString().slice(0, 10)).toBe("2021-10-15");
    expect(stored.team.map((m) => [m.userId, m.name, m.role])).toEqual([
      [lead.id, "Trưởng đoàn thử", "Trưởng đoàn"],
      [member.id, "Thành viên thử", "Thành viên"],
    ]);
    await expect(
      createInspectionVisit(db.prisma, {
        yearId: year.id,
        unitId: unitIds.get("long-phuoc")!,
        teamUserIds: ["nobody"],
      }),
    ).rejects.toThrow(/no user nobody/);
  });

  it("openTestDatabase({ seed: false }) gives a migrated, empty database", async () => {
    const empty = await openTestDatabase({ seed: false });
    try {
      expect(await empty.prisma.authority.count()).toBe(0);
      expect(await empty.prisma.user.count()).toBe(0);
    } finally {
      await empty.dispose();
    }
  });

  it("records the SQL statements a test runs", async () => {
    db.statements.length = 0;
    await db.prisma.unit.count();
    expect(db.statements).toHaveLength(1);
    expect(db.statements[0]).toMatch(/SELECT COUNT/i);
  });
});

import type { PrismaClient } from "@cchc/db";
import { openTestDatabase, type TestDatabase } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, InvalidCredentialsError, logIn, readAudit, writeAudit, type AuditEvent } from "../src/index.js";

let db: TestDatabase;
let prisma: PrismaClient;
beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
  prisma = db.prisma;
});
afterAll(async () => {
  await db?.dispose();
});

describe("the audit catalogue", () => {
  it("names each action once", () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    expect(AUDIT_ACTIONS).toEqual(
      expect.arrayContaining(["plan_task.update", "auth.login", "auth.login_failed", "auth.logout"]),
    );
  });

  it("audits a failed login without the password, and a successful one", async () => {
    await expect(
      logIn(
        prisma,
        { email: " NoiVu@cchc.demo ", password: "sai-mat-khau" },
        { address: null, now: new Date(), refuseDemoPassword: false },
      ),
    ).rejects.toBeInstanceOf(InvalidCredentialsError);
    await expect(
      logIn(
        prisma,
        { email: "khong-co@cchc.demo", password: "x" },
        { address: null, now: new Date(), refuseDemoPassword: false },
      ),
    ).rejects.toBeInstanceOf(InvalidCredentialsError);
    await logIn(
      prisma,
      { email: "noivu@cchc.demo", password: "cchc-demo-2021" },
      { address: null, now: new Date(), refuseDemoPassword: false },
    );
    const noivu = await prisma.user.findUniqueOrThrow({ where: { email: "noivu@cchc.demo" } });
    const failed = await prisma.auditLog.findMany({ where: { action: "auth.login_failed" }, orderBy: { id: "asc" } });
    expect(failed.map((r) => [r.entityId, r.after, r.actorId])).toEqual([
      [noivu.id, { email: "noivu@cchc.demo" }, null],
      [null, { email: "khong-co@cchc.demo" }, null],
    ]);
    expect(JSON.stringify(failed, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toContain(
      "sai-mat-khau",
    );
    expect(await prisma.auditLog.count({ where: { action: "auth.login", actorId: noivu.id } })).toBe(1);
  });

  it("reads every entry in the database back as a catalogued event", async () => {
    const rows = await prisma.auditLog.findMany();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(() => readAudit(row), row.action).not.toThrow();
  });

  it("refuses an event whose snapshot does not match its action, and writes nothing", async () => {
    const count = await prisma.auditLog.count();
    const bad = {
      action: "plan_task.update",
      entity: "PlanTask",
      entityId: "x",
      before: { status: "DONE" },
      after: {},
      reason: null,
    };
    await expect(prisma.$transaction((tx) => writeAudit(tx, null, bad as unknown as AuditEvent))).rejects.toThrow();
    expect(await prisma.auditLog.count()).toBe(count);
  });
});

// PGlite encodes an array parameter by the array types it knew when it opened. A fresh data folder
// is migrated by the process that opens it (npm start on a new machine), so the enums' array types
// (e.g. "Role"[]) are created after that: the database must be told, or a filter such as
// `roles: { hasSome: [...] }` is sent as "INSPECTOR,HOME_AFFAIRS" and fails with "malformed array
// literal" until the next start (the inspection page's team choices did, on a fresh `npm start`).
import { describe, expect, it } from "vitest";
import { openDatabase } from "../src/database.js";
import { testDatabaseTarget } from "../src/testing.js";

describe.skipIf(testDatabaseTarget().kind === "postgres")(
  "a PGlite database migrated by the process that opened it",
  () => {
    it("encodes enum-array parameters (hasSome, has) and reads enum arrays back", async () => {
      const db = await openDatabase({ env: {} });
      try {
        expect(db.applied.length).toBeGreaterThan(0);
        const user = await db.prisma.user.create({
          data: {
            email: "hai-vai@cchc.test",
            fullName: "Hai Vai",
            passwordHash: "x",
            roles: ["INSPECTOR", "HOME_AFFAIRS"],
          },
        });
        expect(user.roles).toEqual(["INSPECTOR", "HOME_AFFAIRS"]);
        expect(await db.prisma.user.count({ where: { roles: { hasSome: ["INSPECTOR", "LEADERSHIP"] } } })).toBe(1);
        expect(await db.prisma.user.count({ where: { roles: { has: "HOME_AFFAIRS" } } })).toBe(1);
        expect(await db.prisma.user.count({ where: { roles: { hasSome: ["LEADERSHIP"] } } })).toBe(0);
      } finally {
        await db.close();
      }
    });
  },
);

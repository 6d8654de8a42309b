// On embedded PGlite every statement lets the event loop turn first (database.ts,
// yieldBeforeEachQuery): PGlite answers through promises only, so without it a chain of statements
// (a whole API request) ran in one turn and no other connection, and no timer, got a look in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../src/database.js";
import { testDatabaseTarget } from "../src/testing.js";

// It opens its own PGlite whatever the project: once is enough (not again in the PostgreSQL project).
describe.skipIf(testDatabaseTarget().kind === "postgres")("PGlite statements and the event loop", () => {
  // An in-memory database opened as the API opens it (the test databases log their statements, and
  // Prisma's query events alone let the loop turn)
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ env: {} });
  });
  afterAll(async () => {
    await db?.close();
  });

  it.each(["setImmediate", "setTimeout 0"])(
    "a %s callback due when a chain of statements starts runs before the chain ends",
    async (kind) => {
      await db.prisma.unit.count(); // connected
      let answered = 0;
      let firedAfter = -1;
      const fire = () => {
        firedAfter = answered;
      };
      if (kind === "setImmediate") setImmediate(fire);
      else setTimeout(fire, 0);
      for (let i = 0; i < 10; i++) {
        await db.prisma.unit.count();
        answered++;
      }
      // without the turn, the callback waited for all 10 (a whole request, for an HTTP socket); a
      // timer is due 1 ms later, so it runs after one of the first statements rather than before all
      if (kind === "setImmediate") expect(firedAfter).toBe(0);
      else expect(firedAfter).toBeGreaterThanOrEqual(0);
      expect(firedAfter).toBeLessThan(10);
    },
  );
});

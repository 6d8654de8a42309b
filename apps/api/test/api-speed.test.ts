// The API's per-request work, counted in statements (no timings: speed lives in bench/api.bench.ts):
// a signed-in request reads its session from the in-process cache (services/auth/session-cache.ts),
// and everything that ends a session or changes its person takes effect at once all the same; the
// plan page and the scorecard page each cost a fixed number of statements, whatever their size, and
// one (the data revision) when asked again with nothing changed (src/answer-cache.ts).
import { createUser } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminOperations } from "./admin-documents.js";
import { type Harness, startHarness } from "./harness.js";

const adminDocument = (name: string) => {
  const op = adminOperations().find((o) => o.name === name);
  if (!op) throw new Error(`the admin app has no operation ${name}`);
  return op.source;
};

const ME = `{ me { email roles } }`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { __typename } }`;

let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await startHarness();
  admin = await h.login("admin@cchc.demo");
});
afterAll(() => h.close());

/** SELECT statements run while `run` runs. */
async function selects(run: () => Promise<unknown>): Promise<string[]> {
  h.db.statements.length = 0;
  await run();
  return h.db.statements.filter((s) => /^\s*SELECT/i.test(s));
}
const sessionReads = (statements: string[]) => statements.filter((s) => /FROM "public"\."Session"/.test(s)).length;

describe("the session cache", () => {
  it("reads a session from the database once, then from the cache", async () => {
    const u = await createUser(h.db.prisma, { roles: ["INSPECTOR"] });
    const cookie = await h.login(u.email, u.password);
    const first = await selects(() => h.gql(ME, {}, cookie));
    expect(sessionReads(first)).toBe(1);
    const second = await selects(async () => {
      expect((await h.gql(ME, {}, cookie)).body.data).toEqual({ me: { email: u.email, roles: ["INSPECTOR"] } });
    });
    expect(sessionReads(second)).toBe(0);
    // the data revision (answer-cache.ts) and the person, nothing else
    expect(second).toHaveLength(2);
    // asked a third time: the answer kept at the second, one statement (the revision)
    const third = await selects(() => h.gql(ME, {}, cookie));
    expect(third).toHaveLength(1);
    expect(third[0]).toMatch(/FROM "public"\."DataRevision"/);
  });

  it("logging out ends the cached session at once", async () => {
    const u = await createUser(h.db.prisma, { roles: ["INSPECTOR"] });
    const cookie = await h.login(u.email, u.password);
    await h.gql(ME, {}, cookie); // cached
    expect((await h.gql(`mutation { logout }`, {}, cookie)).body.data).toEqual({ logout: true });
    expect((await h.gql(ME, {}, cookie)).body.data).toEqual({ me: null });
  });

  it("logging out everywhere ends every cached session of the person at once", async () => {
    const u = await createUser(h.db.prisma, { roles: ["INSPECTOR"] });
    const a = await h.login(u.email, u.password);
    const b = await h.login(u.email, u.password);
    for (const cookie of [a, b]) await h.gql(ME, {}, cookie); // both cached
    expect((await h.gql(`mutation { logOutEverywhere }`, {}, a)).body.data).toEqual({ logOutEverywhere: 2 });
    for (const cookie of [a, b]) expect((await h.gql(ME, {}, cookie)).body.data).toEqual({ me: null });
  });

  it("a deactivated person's cached session stops working at once", async () => {
    const u = await createUser(h.db.prisma, { roles: ["LEADERSHIP"] });
    const cookie = await h.login(u.email, u.password);
    await h.gql(ME, {}, cookie);
    expect(sessionReads(await selects(() => h.gql(ME, {}, cookie)))).toBe(0); // cached
    const res = await h.gql(UPDATE_USER, { input: { id: u.id, version: 1, active: false } }, admin);
    expect(res.body.data).toEqual({ updateUser: { __typename: "UserSuccess" } });
    expect((await h.gql(ME, {}, cookie)).body.data).toEqual({ me: null });
  });

  it("new roles apply to a cached session at once", async () => {
    const u = await createUser(h.db.prisma, { roles: ["LEADERSHIP"] });
    const cookie = await h.login(u.email, u.password);
    await h.gql(ME, {}, cookie);
    const res = await h.gql(UPDATE_USER, { input: { id: u.id, version: 1, roles: ["INSPECTOR"] } }, admin);
    expect(res.body.data).toEqual({ updateUser: { __typename: "UserSuccess" } });
    expect((await h.gql(ME, {}, cookie)).body.data).toEqual({ me: { email: u.email, roles: ["INSPECTOR"] } });
  });

  it("a password reset by the administrator ends the person's cached sessions at once", async () => {
    const u = await createUser(h.db.prisma, { roles: ["INSPECTOR"] });
    const cookie = await h.login(u.email, u.password);
    await h.gql(ME, {}, cookie);
    const reset = await h.gql(
      `mutation($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { __typename } }`,
      { input: { id: u.id, newPassword: "mat-khau-moi-2021" } },
      admin,
    );
    expect(reset.body.data).toEqual({ resetUserPassword: { __typename: "UserSuccess" } });
    expect((await h.gql(ME, {}, cookie)).body.data).toEqual({ me: null });
  });

  it("changing one's password ends the other cached sessions at once, not this one", async () => {
    const u = await createUser(h.db.prisma, { roles: ["INSPECTOR"] });
    const here = await h.login(u.email, u.password);
    const elsewhere = await h.login(u.email, u.password);
    for (const cookie of [here, elsewhere]) await h.gql(ME, {}, cookie);
    const ok = await h.gql(
      `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { __typename } }`,
      { input: { currentPassword: u.password, newPassword: "mat-khau-moi-2021" } },
      here,
    );
    expect(ok.body.data).toEqual({ changePassword: { __typename: "UserSuccess" } });
    expect((await h.gql(ME, {}, here)).body.data).toEqual({ me: { email: u.email, roles: ["INSPECTOR"] } });
    expect((await h.gql(ME, {}, elsewhere)).body.data).toEqual({ me: null });
  });
});

describe("statements per page", () => {
  let noivu: string;
  beforeAll(async () => {
    noivu = await h.login("noivu@cchc.demo");
    await h.gql(ME, {}, noivu); // the session is cached from here on
    h.freshAnswers = true; // what the resolvers run (the kept answer: see the last test)
  });
  afterAll(() => {
    h.freshAnswers = false;
  });

  it("the plan page (PlanPage as the admin sends it): a fixed number, whatever the number of tasks", async () => {
    const doc = adminDocument("PlanPage");
    let tasks = 0;
    const all = await selects(async () => {
      const res = await h.gql<{ year: { planTasks: unknown[] } }>(doc, { year: 2021 }, noivu);
      expect(res.body.errors).toBeUndefined();
      tasks = res.body.data!.year.planTasks.length;
    });
    expect(tasks).toBe(20);
    expect(all.length).toBe(PLAN_PAGE_SELECTS);
    const few = await selects(() => h.gql(doc, { year: 2021, areaCode: "IV" }, noivu));
    expect(few.length).toBe(all.length);
  });

  it("a unit's scorecard (ScorecardPage as the admin sends it): a fixed number, whatever the number of leaves", async () => {
    const doc = adminDocument("ScorecardPage");
    const year = await h.db.prisma.evaluationYear.findFirstOrThrow({ where: { year: 2021 } });
    const unit = await h.db.prisma.unit.findFirstOrThrow({ where: { name: "Phòng Tư pháp" } });
    let leaves = 0;
    const statements = await selects(async () => {
      const res = await h.gql<{ unitScorecard: { __typename: string; leaves: unknown[] } }>(
        doc,
        { yearId: year.id, unitId: unit.id },
        noivu,
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.unitScorecard.__typename).toBe("UnitScorecard");
      leaves = res.body.data!.unitScorecard.leaves.length;
    });
    expect(leaves).toBe(48);
    expect(statements.length).toBe(SCORECARD_SELECTS);
  });

  it("the plan page asked again with nothing changed: one statement, the data revision (answer-cache.ts)", async () => {
    h.freshAnswers = false;
    try {
      const doc = adminDocument("PlanPage");
      const first = await h.gql(doc, { year: 2021 }, noivu);
      await h.gql(doc, { year: 2021 }, noivu); // asked twice: kept
      const again = await selects(async () => {
        expect((await h.gql(doc, { year: 2021 }, noivu)).body).toEqual(first.body);
      });
      expect(again).toHaveLength(1);
      expect(again[0]).toMatch(/FROM "public"\."DataRevision"/);
    } finally {
      h.freshAnswers = true;
    }
  });
});

/**
 * The plan page, with Prisma's relation joins (prisma/schema.prisma's `relationJoins`): the data
 * revision (the answer cache's key), the year found by number, then the year with its areas, tasks
 * (their area, unit links and progress), status and authority with its unit types and their units, in
 * one joined statement. It was 11 before the joins.
 */
const PLAN_PAGE_SELECTS = 3;
/**
 * The scorecard page: the data revision; the page's year; the year with its state and framework; the
 * inspection lines; the unit's year record with its type, its entries, its adjustments; the automatic
 * leaves' data (the unit's lead tasks, the report periods with whether any report is in, visits,
 * whether any survey answer feeds a leaf); the unit. It was 21 before the joins.
 */
const SCORECARD_SELECTS = 12;

// The answer cache (src/answer-cache.ts): a query asked again, by the same person, with the same
// variables, on the same day, while no transaction has written, is answered without running it (one
// statement: the data revision); an answer is kept the second time it is asked (or at once if it was
// kept before). Any write (a mutation here, a script's write straight to the database), another
// person, other variables or another day answers afresh. Errors, mutations and answers past the
// size bound are never kept.
import { createUser } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANSWER_CACHE_HEADER, answerCacheFromEnv } from "../src/answer-cache.js";
import { adminOperations } from "./admin-documents.js";
import { type Harness, startHarness } from "./harness.js";

const ME = `query Me { me { email fullName roles } }`;
const YEAR = `query Year($year: Int!) { year(year: $year) { title asOf } }`;
const USERS = `query Users { users(first: 5) { totalCount } }`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { __typename } }`;

let clock = new Date("2021-06-15T03:00:00Z");
let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await startHarness({ now: () => clock, answerCache: {} });
  admin = await h.login("admin@cchc.demo");
});
afterAll(() => h.close());

const served = (res: { headers: Headers }) => res.headers.get(ANSWER_CACHE_HEADER);

/** The statements run while `run` runs. */
async function statements(run: () => Promise<unknown>): Promise<string[]> {
  h.db.statements.length = 0;
  await run();
  return [...h.db.statements];
}

describe("the answer cache", () => {
  it("keeps an answer the second time it is asked, then answers without running it: one statement", async () => {
    const first = await h.gql(YEAR, { year: 2021 }, admin);
    expect(served(first)).toBe("miss");
    const second = await h.gql(YEAR, { year: 2021 }, admin);
    expect(served(second)).toBe("miss");
    expect(second.body).toEqual(first.body);
    let again!: Awaited<ReturnType<Harness["gql"]>>;
    const run = await statements(async () => {
      again = await h.gql(YEAR, { year: 2021 }, admin);
    });
    expect(served(again)).toBe("hit");
    expect(again.body).toEqual(first.body);
    expect(run).toHaveLength(1);
    expect(run[0]).toMatch(/FROM "public"\."DataRevision"/);
  });

  it("answers afresh after a mutation, with what it changed", async () => {
    const u = await createUser(h.db.prisma, { roles: ["INSPECTOR"], fullName: "Người Cũ" });
    const cookie = await h.login(u.email, u.password);
    expect((await h.gql(ME, {}, cookie)).body.data).toMatchObject({ me: { fullName: "Người Cũ" } });
    expect(served(await h.gql(ME, {}, cookie))).toBe("miss");
    expect(served(await h.gql(ME, {}, cookie))).toBe("hit");
    const res = await h.gql(UPDATE_USER, { input: { id: u.id, version: 1, fullName: "Người Mới" } }, admin);
    expect(res.body.data).toEqual({ updateUser: { __typename: "UserSuccess" } });
    const after = await h.gql(ME, {}, cookie);
    expect(served(after)).toBe("miss");
    expect(after.body.data).toMatchObject({ me: { fullName: "Người Mới" } });
    // kept before: kept again at once at the new revision
    const next = await h.gql(ME, {}, cookie);
    expect(served(next)).toBe("hit");
    expect(next.body.data).toMatchObject({ me: { fullName: "Người Mới" } });
  });

  it("does not keep a question asked once while writes come in between", async () => {
    const u = await createUser(h.db.prisma, { roles: ["INSPECTOR"] });
    const cookie = await h.login(u.email, u.password);
    const kept = h.app.answerCacheStats!().entries;
    for (let i = 0; i < 3; i++) {
      expect(served(await h.gql(ME, {}, cookie))).toBe("miss");
      await h.db.prisma.auditLog.create({ data: { action: "test.write", entity: "Test" } });
    }
    expect(h.app.answerCacheStats!().entries).toBe(kept);
  });

  it("answers afresh after a write straight to the database (a script, another API process)", async () => {
    const year = await h.db.prisma.evaluationYear.findFirstOrThrow({ where: { year: 2021 } });
    await h.gql(YEAR, { year: 2021 }, admin);
    expect(served(await h.gql(YEAR, { year: 2021 }, admin))).toBe("hit");
    await h.db.prisma.evaluationYear.update({ where: { id: year.id }, data: { title: `${year.title} (đổi)` } });
    const after = await h.gql<{ year: { title: string } }>(YEAR, { year: 2021 }, admin);
    expect(served(after)).toBe("miss");
    expect(after.body.data!.year.title).toBe(`${year.title} (đổi)`);
  });

  it("keeps each person's answers to themselves, and answers other variables afresh", async () => {
    const a = await createUser(h.db.prisma, { roles: ["INSPECTOR"], fullName: "Người A" });
    const b = await createUser(h.db.prisma, { roles: ["INSPECTOR"], fullName: "Người B" });
    const ca = await h.login(a.email, a.password);
    const cb = await h.login(b.email, b.password);
    await h.gql(ME, {}, ca);
    const forB = await h.gql(ME, {}, cb);
    expect(served(forB)).toBe("miss");
    expect(forB.body.data).toMatchObject({ me: { email: b.email } });
    const anonymous = await h.gql(ME, {}, null);
    expect(served(anonymous)).toBe("miss");
    expect(anonymous.body.data).toEqual({ me: null });
    expect(served(await h.gql(YEAR, { year: 2020 }, admin))).toBe("miss");
  });

  it("answers afresh on another day (the year's as-of day and every deadline state move with it)", async () => {
    const today = await h.gql<{ year: { asOf: string } }>(YEAR, { year: 2021 }, admin);
    expect(served(await h.gql(YEAR, { year: 2021 }, admin))).toBe("hit");
    clock = new Date("2021-06-16T03:00:00Z");
    try {
      const tomorrow = await h.gql<{ year: { asOf: string } }>(YEAR, { year: 2021 }, admin);
      expect(served(tomorrow)).toBe("miss");
      expect(today.body.data!.year.asOf).toBe("2021-06-15");
      expect(tomorrow.body.data!.year.asOf).toBe("2021-06-16");
    } finally {
      clock = new Date("2021-06-15T03:00:00Z");
    }
  });

  it("never keeps an answer with errors, and never serves a mutation", async () => {
    const u = await createUser(h.db.prisma, { roles: ["INSPECTOR"] });
    const cookie = await h.login(u.email, u.password);
    const refused = await h.gql(USERS, {}, cookie);
    expect(refused.body.errors?.length).toBeGreaterThan(0);
    const again = await h.gql(USERS, {}, cookie);
    expect(again.body.errors?.length).toBeGreaterThan(0);
    expect(served(again)).toBe("miss");
    const logout = `mutation { logout }`;
    const other = await h.login(u.email, u.password);
    for (let i = 0; i < 2; i++) expect(served(await h.gql(logout, {}, other))).toBeNull();
  });
});

describe("its bounds and its switch", () => {
  it("drops the least recently used answer past its size bound", async () => {
    // the plan page: an answer of tens of kilobytes, beside which its key is small
    const PLAN = adminOperations().find((o) => o.name === "PlanPage")!.source;
    const PLAN_AGAIN = PLAN.replace("query PlanPage(", "query PlanPageAgain(");
    expect(PLAN_AGAIN).not.toBe(PLAN);
    const answer = (await h.gql(PLAN, { year: 2021 }, admin)).body;
    expect(answer.errors).toBeUndefined();
    const size = JSON.stringify(answer).length;
    const small = await startHarness({ answerCache: { maxBytes: Math.floor(size * 1.5) } });
    try {
      const cookie = await small.login("admin@cchc.demo");
      const twice = async (doc: string) => {
        await small.gql(doc, { year: 2021 }, cookie);
        await small.gql(doc, { year: 2021 }, cookie);
      };
      await twice(PLAN);
      expect(served(await small.gql(PLAN, { year: 2021 }, cookie))).toBe("hit");
      await twice(PLAN_AGAIN); // as large: the first no longer fits beside it
      expect(served(await small.gql(PLAN_AGAIN, { year: 2021 }, cookie))).toBe("hit");
      expect(served(await small.gql(PLAN, { year: 2021 }, cookie))).toBe("miss");
    } finally {
      await small.close();
    }
  });

  it("is off with answerCache: null (no header, no revision read) and with CCHC_ANSWER_CACHE=0", async () => {
    const off = await startHarness({ answerCache: null });
    try {
      const cookie = await off.login("admin@cchc.demo");
      await off.gql(YEAR, { year: 2021 }, cookie);
      off.db.statements.length = 0;
      expect(served(await off.gql(YEAR, { year: 2021 }, cookie))).toBeNull();
      expect(off.db.statements.some((s) => s.includes('"DataRevision"'))).toBe(false);
    } finally {
      await off.close();
    }
    expect(answerCacheFromEnv({ CCHC_ANSWER_CACHE: "0" })).toBeNull();
    expect(answerCacheFromEnv({})).toEqual({});
    expect(answerCacheFromEnv({ CCHC_ANSWER_CACHE_MB: "16" })).toEqual({ maxBytes: 16 * 1024 * 1024 });
    expect(answerCacheFromEnv({ CCHC_ANSWER_CACHE_MB: "lots" })).toEqual({});
  });
});

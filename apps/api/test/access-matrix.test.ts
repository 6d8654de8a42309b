// The access matrix: every mutation of the schema × every kind of person → allowed or denied, run
// against the real API. A mutation without a row here fails the first test, so every new write
// arrives with its access rules written down (and every denial is checked to change nothing).
import { createInspectionVisit, createUser, sampleYear } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../src/schema/index.js";
import { startHarness, type Harness } from "./harness.js";

/** Everyone the rules tell apart. */
const ACTORS = [
  "anonymous",
  "admin",
  "homeAffairs",
  "inspectorOnTeam",
  "inspectorNotOnTeam",
  "leadership",
  "officerOfLeadUnit",
  "officerOfOtherUnit",
] as const;
type Actor = (typeof ACTORS)[number];

type Outcome = "allowed" | "denied";

interface Case {
  /** What is tried, in words. */
  name: string;
  /** Who may; everyone else is denied. */
  allowed: readonly Actor[];
  /** Does it as `cookie` (null: anonymous); answers what happened. */
  run(cookie: string | null): Promise<Outcome>;
  /** A digest of what the case could change, compared before and after a denied attempt. */
  state?(): Promise<unknown>;
}

let h: Harness;
const cookies = new Map<Actor, string | null>();
let taskId: string; // I.1, led by Phòng Tư pháp

async function gqlOutcome(query: string, variables: Record<string, unknown>, cookie: string | null, field: string) {
  const res = await h.gql<Record<string, { __typename: string } | boolean | null>>(query, variables, cookie);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const error = res.body.errors?.[0];
  if (error) {
    expect(["FORBIDDEN", "UNAUTHENTICATED"], JSON.stringify(error)).toContain(error.extensions?.code);
    return "denied" as const;
  }
  const value = res.body.data?.[field];
  if (value && typeof value === "object" && "__typename" in value) {
    if (value.__typename === "ForbiddenError") return "denied" as const;
    expect(value.__typename, JSON.stringify(value)).not.toMatch(/Error$/);
  }
  return "allowed" as const;
}

const UPDATE = `mutation($input: UpdatePlanTaskInput!) {
  updatePlanTask(input: $input) { __typename ... on Error { code message } }
}`;

async function planTaskState() {
  return h.db.prisma.planTask.findUniqueOrThrow({ where: { id: taskId } });
}

/** Each case reads the version afresh, so earlier allowed cases do not turn later ones into conflicts. */
async function updateTask(cookie: string | null, change: Record<string, unknown>) {
  const { version, status } = await planTaskState();
  const input: Record<string, unknown> = { id: taskId, version, ...change };
  if ("status" in change) input.status = status === "IN_PROGRESS" ? "NOT_STARTED" : "IN_PROGRESS";
  return gqlOutcome(UPDATE, { input }, cookie, "updatePlanTask");
}

const MATRIX: Record<string, Case[]> = {
  login: [
    {
      name: "sign in with one's own email and password",
      allowed: ACTORS,
      run: (cookie) =>
        gqlOutcome(
          `mutation($input: LoginInput!) { login(input: $input) { __typename } }`,
          { input: { email: "lanhdao@cchc.demo", password: "cchc-demo-2021" } },
          cookie,
          "login",
        ),
    },
  ],
  updatePlanTask: [
    {
      name: "change the status of a task led by Phòng Tư pháp",
      allowed: ["homeAffairs", "officerOfLeadUnit"],
      run: (cookie) => updateTask(cookie, { status: "toggle" }),
      state: planTaskState,
    },
    {
      name: "set that task's dates by hand",
      allowed: ["homeAffairs"],
      run: (cookie) =>
        updateTask(cookie, {
          timing: { start: "2021-01-04", end: "2021-03-31", due: "2021-03-31" },
          reason: "Ma trận quyền",
        }),
      state: planTaskState,
    },
    {
      name: "return that task to the dates of its time phrase",
      allowed: ["homeAffairs"],
      run: (cookie) => updateTask(cookie, { resetTiming: true }),
      state: planTaskState,
    },
  ],
  // Last: it ends the sessions the rows above use.
  logout: [
    {
      name: "end one's session (a no-op without one)",
      allowed: ACTORS,
      run: (cookie) => gqlOutcome(`mutation { logout }`, {}, cookie, "logout"),
    },
  ],
};

beforeAll(async () => {
  h = await startHarness();
  const { year, unitIds } = await sampleYear(h.db.prisma);
  taskId = (await h.db.prisma.planTask.findFirstOrThrow({ where: { yearId: year.id, code: "I.1" } })).id;
  const onTeam = await createUser(h.db.prisma, { roles: ["INSPECTOR"] });
  const notOnTeam = await createUser(h.db.prisma, { roles: ["INSPECTOR"] });
  await createInspectionVisit(h.db.prisma, {
    yearId: year.id,
    unitId: unitIds.get("tu-phap")!,
    teamUserIds: [onTeam.id],
  });
  cookies.set("anonymous", null);
  cookies.set("admin", await h.login("admin@cchc.demo"));
  cookies.set("homeAffairs", await h.login("noivu@cchc.demo"));
  cookies.set("inspectorOnTeam", await h.login(onTeam.email, onTeam.password));
  cookies.set("inspectorNotOnTeam", await h.login(notOnTeam.email, notOnTeam.password));
  cookies.set("leadership", await h.login("lanhdao@cchc.demo"));
  cookies.set("officerOfLeadUnit", await h.login("tuphap@cchc.demo"));
  cookies.set("officerOfOtherUnit", await h.login("longphuoc@cchc.demo"));
});
afterAll(async () => {
  await h?.close();
});

describe("access matrix", () => {
  it("has rows for exactly the mutations of the schema", () => {
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(mutations);
  });

  const rows = Object.entries(MATRIX).flatMap(([mutation, cases]) =>
    cases.flatMap((c) =>
      ACTORS.map((actor) => ({ mutation, c, actor, expected: c.allowed.includes(actor) ? "allowed" : "denied" })),
    ),
  );

  it.each(rows)("$mutation: $c.name — $actor is $expected", async ({ c, actor, expected }) => {
    const before = expected === "denied" && c.state ? await c.state() : undefined;
    expect(await c.run(cookies.get(actor) ?? null)).toBe(expected);
    if (before !== undefined) expect(await c.state!()).toEqual(before);
  });

  it("logged no unexpected server errors", () => {
    expect(h.errors).toEqual([]);
  });
});

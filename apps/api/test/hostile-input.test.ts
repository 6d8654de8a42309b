// Hostile input: every argument of every mutation, one at a time, replaced by a bad value (wrong
// types, nulls, huge, NUL, lone surrogates, RTL and zero-width characters, SQL and script fragments,
// impossible dates, other records' ids) and sent over HTTP to the real server as the person most
// likely to be allowed. Every answer must be a clear code (never a 5xx, never a generic internal
// error, never an echo of a large input) and the business tables must be exactly as before.
//
// The base input of each mutation is built so that no single bad field can make it succeed (a stale
// version, a taken email, a wrong current password…): the fuzz probes validation, not the happy path.
// The audit log, sessions and the login throttle are left out of the digest: refused sign-ins are
// rightly recorded there.
import { createUser } from "@cchc/db/testing";
import { getNamedType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../src/schema/index.js";
import { startHarness, type Harness } from "./harness.js";
import { AREA_TARGETS } from "./hostile-targets/index.js";
import { hostile, type Target } from "./hostile-targets/kit.js";

let h: Harness;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};

const EXCLUDED_TABLES = new Set(["AuditLog", "Session", "LoginThrottle", "_prisma_migrations"]);

async function digest(): Promise<Record<string, string>> {
  const tables = await h.db.prisma.$queryRawUnsafe<Array<{ name: string }>>(
    `SELECT table_name::text AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    if (EXCLUDED_TABLES.has(name)) continue;
    const [row] = await h.db.prisma.$queryRawUnsafe<Array<{ d: string | null }>>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS d FROM "${name}" t`,
    );
    out[name] = row?.d ?? "";
  }
  return out;
}

/** Bad values for any argument. */
function badValues(): unknown[] {
  return [
    null,
    0,
    -1,
    1.5,
    2 ** 31,
    -(2 ** 53),
    true,
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\ud800",
    "\udc00x",
    "\u202eevil\u202c",
    "\u200b",
    "\u200f\u202e\u2066",
    "مرحبا بالعالم",
    '\'; DROP TABLE "User"; --',
    "' OR '1'='1",
    "<script>alert(1)</script>",
    "{{constructor.constructor('return process')()}}",
    "../../etc/passwd",
    "%00%0d%0a",
    "x".repeat(100_001),
    "x".repeat(5_000),
    "ệ".repeat(3_000),
    "👍".repeat(1_000),
    "2021-02-30",
    "31/12/2021",
    "0000-00-00",
    "2021-13-01",
    "9999-12-31",
    [],
    {},
    [[[]]],
    { $gt: "" },
    { __proto__: { admin: true } },
    ids.otherTask,
    ids.unit,
    ids.user,
    ids.year,
  ];
}

const TARGETS: Record<string, Target> = {
  login: {
    document: `mutation($input: LoginInput!) { login(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => "",
    base: () => ({ email: "khong-ai@cchc.test", password: "sai-mat-khau" }),
  },
  updatePlanTask: {
    document: `mutation($input: UpdatePlanTaskInput!) { updatePlanTask(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => cookies.office!,
    base: () => ({
      id: ids.task,
      version: 777,
      status: "DONE",
      timing: { start: "2021-01-01", end: "2021-03-31", due: "2021-03-31" },
      reason: "Kiểm thử",
    }),
  },
  createUser: {
    document: `mutation($input: CreateUserInput!) { createUser(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => cookies.admin!,
    base: () => ({ email: "noivu@cchc.demo", fullName: "Trùng email", roles: ["INSPECTOR"], password: "ngan" }),
  },
  updateUser: {
    document: `mutation($input: UpdateUserInput!) { updateUser(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => cookies.admin!,
    base: () => ({
      id: ids.target,
      version: 777,
      fullName: "Tên mới",
      roles: ["INSPECTOR"],
      unitId: null,
      active: false,
    }),
  },
  resetUserPassword: {
    document: `mutation($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => cookies.admin!,
    base: () => ({ id: "khong-co-nguoi-nay", newPassword: "ngan" }),
  },
  changePassword: {
    document: `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => cookies.victim!,
    base: () => ({ currentPassword: "khong-phai-mat-khau", newPassword: "ngan" }),
  },
  setYearStatus: {
    document: `mutation($input: SetYearStatusInput!) { setYearStatus(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => cookies.admin!,
    base: () => ({ id: ids.year, version: 777, status: "SELF_ASSESSMENT", reason: "Kiểm thử" }),
  },
  lockResults: {
    document: `mutation($input: ResultSnapshotInput!) { lockResults(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => cookies.office!,
    base: () => ({ yearId: ids.year, version: 777 }),
  },
  approveResults: {
    document: `mutation($input: ResultSnapshotInput!) { approveResults(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => cookies.leadership!,
    base: () => ({ yearId: ids.year, version: 777 }),
  },
  publishResults: {
    document: `mutation($input: ResultSnapshotInput!) { publishResults(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => cookies.office!,
    base: () => ({ yearId: ids.year, version: 777 }),
  },
};

Object.assign(TARGETS, {
  saveScoreEntry: {
    document: `mutation($input: SaveScoreEntryInput!) { saveScoreEntry(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => cookies.office!,
    // A stale version on a new entry, outside round 1 on the test day: no single field makes it pass.
    base: () => ({
      yearId: ids.year,
      unitId: ids.unit,
      leafCode: "2.2",
      source: "ROUND1",
      version: 777,
      points: 1,
      reasonCode: "OTHER",
    }),
  },
  reopenUnitStage: {
    document: `mutation($input: ReopenUnitStageInput!) { reopenUnitStage(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => cookies.office!,
    // A day in the past and a unit that does not exist.
    base: () => ({
      yearId: ids.year,
      unitId: "khong-co-don-vi",
      stage: "SELF_ASSESSMENT",
      untilOn: "2021-01-01",
      reason: "Kiểm thử",
    }),
  },
} satisfies Record<string, Target>);

// The framework editor: a stale version of the framework everywhere (no bad value is the real one),
// and a file that is not a framework.
Object.assign(TARGETS, {
  updateFrameworkNode: {
    document: `mutation($input: UpdateFrameworkNodeInput!) { updateFrameworkNode(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => cookies.office!,
    base: () => ({
      nodeId: ids.frameworkNode,
      version: 777,
      name: "Tên mới",
      nameEn: null,
      maxPoints: 3,
      method: { kind: "binary", yesPoints: 1, noPoints: 0 },
      scoreSource: "SELF_THEN_APPRAISED",
      appliesTo: ["phong"],
      evidenceHint: null,
      sumReason: null,
      adjustAncestors: true,
    }),
  },
  addFrameworkNode: {
    document: `mutation($input: AddFrameworkNodeInput!) { addFrameworkNode(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => cookies.office!,
    base: () => ({
      frameworkId: ids.framework,
      version: 777,
      parentId: null,
      code: "1",
      position: 0,
      name: "Lĩnh vực mới",
      maxPoints: 3,
      method: { kind: "binary", yesPoints: 1, noPoints: 0 },
      scoreSource: "APPRAISED_ONLY",
      appliesTo: [],
      adjustAncestors: true,
    }),
  },
  removeFrameworkNode: {
    document: `mutation($input: RemoveFrameworkNodeInput!) { removeFrameworkNode(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => cookies.office!,
    base: () => ({ nodeId: ids.frameworkNode, version: 777, adjustAncestors: true }),
  },
  moveFrameworkNode: {
    document: `mutation($input: MoveFrameworkNodeInput!) { moveFrameworkNode(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => cookies.office!,
    base: () => ({ nodeId: ids.frameworkNode, version: 777, direction: "UP" }),
  },
  importFramework: {
    document: `mutation($input: ImportFrameworkInput!) { importFramework(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => cookies.office!,
    base: () => ({
      yearId: ids.frameworkYear,
      version: 777,
      file: { format: "cchc-framework", formatVersion: 1, name: "Không có lĩnh vực", areas: [] },
    }),
  },
  copyFramework: {
    document: `mutation($input: CopyFrameworkInput!) { copyFramework(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => cookies.office!,
    // Into the year that has the framework already: refused whatever the source.
    base: () => ({ fromYearId: ids.frameworkYear, toYearId: ids.frameworkYear }),
  },
} satisfies Record<string, Target>);

Object.assign(TARGETS, {
  submitUnitStage: {
    document: `mutation($input: SubmitUnitStageInput!) { submitUnitStage(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => cookies.justice!,
    // Self-assessment is not open on the test day (15/06/2021), and the unit has claimed nothing.
    base: () => ({ yearId: ids.year, unitId: ids.unit, stage: "SELF_ASSESSMENT" }),
  },
  saveUnitAdjustment: {
    document: `mutation($input: SaveUnitAdjustmentInput!) { saveUnitAdjustment(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => cookies.office!,
    // An adjustment that does not exist, a stale version, outside the rounds on the test day.
    base: () => ({
      yearId: ids.year,
      unitId: ids.unit,
      id: "khong-co-diem-thuong",
      version: 777,
      kind: "BONUS",
      points: 1,
      reason: "Kiểm thử",
      evidenceFileIds: [],
    }),
  },
  deleteUnitAdjustment: {
    document: `mutation($input: DeleteUnitAdjustmentInput!) { deleteUnitAdjustment(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => cookies.office!,
    base: () => ({ id: "khong-co-diem-thuong", version: 777 }),
  },
} satisfies Record<string, Target>);

// Each capability's own targets (./hostile-targets/).
Object.assign(TARGETS, AREA_TARGETS);

/** Mutations with no arguments: nothing to fuzz (they are in the access matrix). */
const NO_ARGUMENTS = new Set(["logout", "logOutEverywhere", "createCalendarFeed"]);

/** Every path to a field of an input type: "email", "timing.start", … */
function inputPaths(type: GraphQLInputType, prefix = ""): string[] {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || isListType(isNonNullType(type) ? type.ofType : type)) return [prefix];
  return Object.values(named.getFields()).flatMap((f) => [
    ...(isInputObjectType(getNamedType(f.type)) ? [`${prefix}${f.name}`] : []),
    ...inputPaths(f.type, `${prefix}${f.name}.`).map((p) => p.replace(/\.$/, "")),
  ]);
}

function withValue(base: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base);
  const keys = path.split(".");
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== "object") node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
  return copy;
}

const CLEAR_CODES = new Set([
  "BAD_USER_INPUT",
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "QUERY_TOO_COMPLEX",
]);

beforeAll(async () => {
  h = await startHarness();
  cookies.office = await h.login("noivu@cchc.demo");
  cookies.admin = await h.login("admin@cchc.demo");
  cookies.leadership = await h.login("lanhdao@cchc.demo");
  cookies.justice = await h.login("tuphap@cchc.demo");
  cookies.inspector = await h.login("kiemtra@cchc.demo");
  const victim = await createUser(h.db.prisma, { roles: ["INSPECTOR"] });
  cookies.victim = await h.login(victim.email, victim.password);
  const target = await createUser(h.db.prisma, { roles: ["LEADERSHIP"] });
  ids.target = target.id;
  ids.user = victim.id;
  ids.task = (await h.db.prisma.planTask.findFirstOrThrow({ where: { code: "I.1" } })).id;
  ids.otherTask = (await h.db.prisma.planTask.findFirstOrThrow({ where: { code: "VII.1" } })).id;
  ids.unit = (await h.db.prisma.unit.findFirstOrThrow({ where: { code: "tu-phap" } })).id;
  ids.year = (await h.db.prisma.evaluationYear.findFirstOrThrow()).id;
  const framework = await h.db.prisma.framework.findFirstOrThrow({
    select: { id: true, yearId: true, nodes: { where: { code: "2.2" }, select: { id: true } } },
  });
  ids.framework = framework.id;
  ids.frameworkYear = framework.yearId;
  ids.frameworkNode = framework.nodes[0]!.id;
  Object.assign(hostile, { h, cookies, ids });
});
afterAll(async () => {
  await h?.close();
});

describe("hostile input", () => {
  it("has a target for every mutation with arguments", () => {
    const mutations = Object.keys(schema.getMutationType()!.getFields()).filter((m) => !NO_ARGUMENTS.has(m));
    expect(Object.keys(TARGETS).sort()).toEqual(mutations.sort());
  });

  // One test per mutation (each within its own time limit; the whole set grows with the schema),
  // each checking that the business tables are exactly as before.
  const seen = { requests: 0, codes: new Map<string, number>(), status: new Map<number, number>() };

  it.each(Object.keys(TARGETS))(
    "%s: every bad input answered with a clear code, nothing changed",
    async (mutation) => {
      const target = TARGETS[mutation]!;
      const before = await digest();
      const fields = schema.getMutationType()!.getFields();
      const failures: string[] = [];
      const inputType = fields[mutation]!.args.find((a) => a.name === "input")!.type;
      const paths = ["", ...inputPaths(inputType).filter((p) => p !== "")];
      for (const path of paths) {
        for (const bad of badValues()) {
          const input = path === "" ? bad : withValue(target.base(), path, bad);
          const res = await fetch(`${h.app.url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", cookie: target.cookie() },
            body: JSON.stringify({ query: target.document, variables: { input } }),
          });
          seen.requests++;
          seen.status.set(res.status, (seen.status.get(res.status) ?? 0) + 1);
          const text = await res.text();
          const where = `${mutation} ${path || "(input)"} = ${JSON.stringify(bad)?.slice(0, 40)}`;
          if (res.status >= 500) failures.push(`${where}: HTTP ${res.status}`);
          if (text.length > 8_000) failures.push(`${where}: answer of ${text.length} characters (echoes the input?)`);
          const body = JSON.parse(text) as {
            data?: Record<string, { __typename?: string; code?: string } | null> | null;
            errors?: Array<{ extensions?: { code?: string } }>;
          };
          for (const e of body.errors ?? []) {
            const code = e.extensions?.code ?? "(none)";
            seen.codes.set(code, (seen.codes.get(code) ?? 0) + 1);
            if (!CLEAR_CODES.has(code)) failures.push(`${where}: error code ${code}`);
          }
          const result = body.data?.[mutation];
          if (result && typeof result === "object") {
            const code = result.code ?? `(${result.__typename})`;
            seen.codes.set(code, (seen.codes.get(code) ?? 0) + 1);
            if (!result.__typename?.endsWith("Error") || !result.code)
              failures.push(`${where}: answered ${result.__typename}`);
          }
        }
      }
      expect(failures.slice(0, 20)).toEqual([]);
      const after = await digest();
      // A refused sign-in is audited (AuditLog is not compared), and the audit entry's transaction
      // moves the data revision like any other write; every other refusal writes nothing at all.
      if (mutation === "login") after.DataRevision = before.DataRevision!;
      expect(after).toEqual(before);
    },
    180_000,
  );

  it("sent at least 1,000 bad inputs in all, and logged no server error", () => {
    console.log(
      `hostile input: ${seen.requests} requests; HTTP ${JSON.stringify(Object.fromEntries(seen.status))}; codes ${JSON.stringify(Object.fromEntries(seen.codes))}`,
    );
    expect(seen.requests).toBeGreaterThanOrEqual(1_000);
    expect(h.errors).toEqual([]);
  });
});

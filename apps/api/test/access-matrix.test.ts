// The access matrix: every mutation of the schema × every kind of person → allowed or denied, run
// against the real API. A mutation without a row here fails the first test, so every new write
// arrives with its access rules written down (and every denial is checked to change nothing).
import { createInspectionVisit, createUser, sampleYear } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../src/schema/index.js";
import { startHarness, type Harness } from "./harness.js";
import { AREA_ROWS } from "./access-rows/index.js";
import { ACTORS, type Actor, type Case, gqlOutcome, kit } from "./access-rows/kit.js";
import { addFrameworkNode, exportFramework } from "@cchc/services";

let h: Harness;
const cookies = new Map<Actor, string | null>();
let taskId: string; // I.1, led by Phòng Tư pháp
let yearId: string; // the 2021 sample year
let targetUserId: string; // an account the administrator manages in these rows
const passwords = new Map<Actor, string>();

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

const SET_YEAR = `mutation($input: SetYearStatusInput!) {
  setYearStatus(input: $input) { __typename ... on Error { code message } }
}`;

async function yearState() {
  return h.db.prisma.evaluationYear.findUniqueOrThrow({
    where: { id: yearId },
    select: { status: true, version: true },
  });
}

/** Puts the year in a stage directly (setup, not under test). */
async function setYear(status: "APPRAISAL" | "PUBLISHED" | "OPEN") {
  await h.db.prisma.evaluationYear.update({ where: { id: yearId }, data: { status } });
}

let justiceUnitId: string; // Phòng Tư pháp

/** Opens one stage of the sample year around the test day (setup, not under test); the others close. */
async function openStage(stage: "SELF_ASSESSMENT" | "ROUND1") {
  await setYear("OPEN");
  await h.db.prisma.yearStage.updateMany({
    where: { yearId },
    data: { opensOn: new Date("2022-06-01"), closesOn: new Date("2022-06-30") },
  });
  await h.db.prisma.yearStage.update({
    where: { yearId_stage: { yearId, stage } },
    data: { opensOn: new Date("2021-01-01"), closesOn: new Date("2021-12-31") },
  });
}

async function entriesState() {
  return h.db.prisma.scoreEntry.findMany({ where: { yearId }, orderBy: { id: "asc" } });
}

/** Saves leaf 2.2 of Phòng Tư pháp from a source, at the version it has now. */
async function saveEntry(cookie: string | null, source: "SELF" | "ROUND1", value: Record<string, unknown>) {
  const leaf = await h.db.prisma.frameworkNode.findFirstOrThrow({ where: { code: "2.2", framework: { yearId } } });
  const existing = await h.db.prisma.scoreEntry.findUnique({
    where: { yearId_unitId_nodeId_source: { yearId, unitId: justiceUnitId, nodeId: leaf.id, source } },
  });
  return gqlOutcome(
    `mutation($input: SaveScoreEntryInput!) { saveScoreEntry(input: $input) { __typename ... on Error { code message } } }`,
    { input: { yearId, unitId: justiceUnitId, leafCode: "2.2", source, version: existing?.version ?? null, ...value } },
    cookie,
    "saveScoreEntry",
  );
}

async function resultsState() {
  const [year, snapshot] = await Promise.all([
    yearState(),
    h.db.prisma.resultSnapshot.findUnique({ where: { yearId } }),
  ]);
  return { year, snapshot };
}

/** Puts the year in appraisal with a snapshot locked/approved as asked (setup, not under test). */
async function resultsStage(want: { locked: boolean; approved: boolean }) {
  await setYear("APPRAISAL");
  const at = new Date("2021-12-20T03:00:00Z");
  const data = {
    results: want.locked ? { computedAt: at.toISOString(), rows: [] } : undefined,
    lockedAt: want.locked ? at : null,
    approvedAt: want.approved ? at : null,
    publishedAt: null,
  };
  await h.db.prisma.resultSnapshot.upsert({ where: { yearId }, create: { yearId, ...data }, update: data });
}

/** Runs a snapshot step with the current version; `expectRefusal`: a ValidationError counts as the allowed person's answer. */
async function snapshotOutcome(name: string, cookie: string | null, options: { expectRefusal?: boolean } = {}) {
  const version = (await h.db.prisma.resultSnapshot.findUnique({ where: { yearId } }))?.version ?? 0;
  const res = await h.gql<Record<string, { __typename: string }>>(
    `mutation($input: ResultSnapshotInput!) { ${name}(input: $input) { __typename ... on Error { code message } } }`,
    { input: { yearId, version } },
    cookie,
  );
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const error = res.body.errors?.[0];
  if (error) {
    expect(["FORBIDDEN", "UNAUTHENTICATED"], JSON.stringify(error)).toContain(error.extensions?.code);
    return "denied" as const;
  }
  const typename = res.body.data?.[name]?.__typename;
  if (typename === "ForbiddenError") return "denied" as const;
  if (options.expectRefusal) expect(typename).toBe("ValidationError");
  else expect(typename).toBe("ResultSnapshotSuccess");
  return "allowed" as const;
}

/** The sample year's framework as the editor rows need it: open year, results not locked (setup). */
async function frameworkEditable() {
  await setYear("OPEN");
  await h.db.prisma.resultSnapshot.deleteMany({ where: { yearId } });
  return h.db.prisma.framework.findUniqueOrThrow({ where: { yearId }, select: { id: true, version: true } });
}

async function frameworkState() {
  return h.db.prisma.framework.findUniqueOrThrow({
    where: { yearId },
    select: { version: true, nodes: { select: { code: true, name: true, maxPoints: true, position: true } } },
  });
}

const FRAMEWORK_EDIT = (name: string, input: string) =>
  `mutation($input: ${input}!) { ${name}(input: $input) { __typename ... on Error { code message } } }`;

/** Adds a leaf under area 1 as Home Affairs, through the operation (setup for the removal row). */
async function addedLeaf(): Promise<string> {
  const f = await frameworkEditable();
  const office = await h.db.prisma.user.findFirstOrThrow({ where: { email: "noivu@cchc.demo" } });
  const area = await h.db.prisma.frameworkNode.findFirstOrThrow({ where: { frameworkId: f.id, code: "1" } });
  const { nodeId } = await addFrameworkNode(
    { prisma: h.db.prisma, viewer: { userId: office.id, roles: ["HOME_AFFAIRS"], unitId: null }, now: new Date() },
    {
      frameworkId: f.id,
      version: f.version,
      parentId: area.id,
      name: "Ma trận quyền",
      maxPoints: 1,
      method: { kind: "binary", yesPoints: 1, noPoints: 0 },
      scoreSource: "appraised_only",
      appliesTo: [],
    },
  );
  return nodeId;
}

let importYearId: string | undefined;
/** A year of the sample authority without a framework (setup for the import row). */
async function yearWithoutFramework(): Promise<string> {
  if (!importYearId) {
    const sample = await h.db.prisma.evaluationYear.findUniqueOrThrow({ where: { id: yearId } });
    const { id: _id, createdAt: _c, version: _v, ...rest } = sample;
    importYearId = (
      await h.db.prisma.evaluationYear.create({
        data: {
          ...rest,
          reportRule: sample.reportRule as object,
          year: 2032,
          title: "Năm nhập bộ tiêu chí",
          status: "OPEN",
        },
      })
    ).id;
  }
  await h.db.prisma.framework.deleteMany({ where: { yearId: importYearId } });
  return importYearId;
}

const MATRIX: Record<string, Case[]> = {
  ...AREA_ROWS,
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
      // an earlier row (issuing the annual report) leaves the year published: edits need it open
      prepare: () => setYear("OPEN"),
      allowed: ["homeAffairs", "officerOfLeadUnit"],
      run: (cookie) => updateTask(cookie, { status: "toggle" }),
      state: planTaskState,
    },
    {
      name: "set that task's dates by hand",
      // an earlier row (issuing the annual report) leaves the year published: edits need it open
      prepare: () => setYear("OPEN"),
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
      // an earlier row (issuing the annual report) leaves the year published: edits need it open
      prepare: () => setYear("OPEN"),
      allowed: ["homeAffairs"],
      run: (cookie) => updateTask(cookie, { resetTiming: true }),
      state: planTaskState,
    },
  ],
  createUser: [
    {
      name: "create an account",
      allowed: ["admin"],
      run: (cookie) =>
        gqlOutcome(
          `mutation($input: CreateUserInput!) { createUser(input: $input) { __typename ... on Error { code } } }`,
          {
            input: {
              email: `moi-${Math.random().toString(36).slice(2)}@cchc.test`,
              fullName: "Cán bộ mới",
              roles: ["INSPECTOR"],
              password: "mat-khau-moi-2021",
            },
          },
          cookie,
          "createUser",
        ),
      state: () => h.db.prisma.user.count(),
    },
  ],
  updateUser: [
    {
      name: "rename an account",
      allowed: ["admin"],
      run: async (cookie) => {
        const { version, fullName } = await h.db.prisma.user.findUniqueOrThrow({ where: { id: targetUserId } });
        return gqlOutcome(
          `mutation($input: UpdateUserInput!) { updateUser(input: $input) { __typename ... on Error { code } } }`,
          { input: { id: targetUserId, version, fullName: `${fullName}.` } },
          cookie,
          "updateUser",
        );
      },
      state: () => h.db.prisma.user.findUniqueOrThrow({ where: { id: targetUserId } }),
    },
  ],
  resetUserPassword: [
    {
      name: "set a new password for an account",
      allowed: ["admin"],
      run: (cookie) =>
        gqlOutcome(
          `mutation($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { __typename ... on Error { code } } }`,
          { input: { id: targetUserId, newPassword: `dat-lai-${Math.random().toString(36).slice(2)}` } },
          cookie,
          "resetUserPassword",
        ),
      state: () => h.db.prisma.user.findUniqueOrThrow({ where: { id: targetUserId } }),
    },
  ],
  changePassword: [
    {
      name: "change one's own password",
      allowed: ACTORS.filter((a) => a !== "anonymous"),
      run: async (cookie) => {
        const actor = [...cookies.entries()].find(([, c]) => c === cookie)?.[0] ?? "anonymous";
        const current = passwords.get(actor) ?? "khong-co-mat-khau";
        const next = `${current}-moi`;
        const outcome = await gqlOutcome(
          `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { __typename ... on Error { code } } }`,
          { input: { currentPassword: current, newPassword: next } },
          cookie,
          "changePassword",
        );
        if (outcome === "allowed") passwords.set(actor, next);
        return outcome;
      },
    },
  ],
  setYearStatus: [
    {
      name: "move the year to the next stage (or back, with a reason)",
      allowed: ["admin", "homeAffairs"],
      run: async (cookie) => {
        const { version, status } = await yearState();
        return gqlOutcome(
          SET_YEAR,
          {
            input: {
              id: yearId,
              version,
              status: status === "OPEN" ? "SELF_ASSESSMENT" : "OPEN",
              reason: "Ma trận quyền",
            },
          },
          cookie,
          "setYearStatus",
        );
      },
      state: yearState,
    },
    {
      name: "publish the year's results",
      allowed: ["leadership"],
      prepare: () => setYear("APPRAISAL"),
      run: async (cookie) =>
        gqlOutcome(
          SET_YEAR,
          { input: { id: yearId, version: (await yearState()).version, status: "PUBLISHED" } },
          cookie,
          "setYearStatus",
        ),
      state: yearState,
    },
    {
      name: "reopen a published year, with a reason",
      allowed: ["admin", "homeAffairs"],
      prepare: () => setYear("PUBLISHED"),
      run: async (cookie) =>
        gqlOutcome(
          SET_YEAR,
          { input: { id: yearId, version: (await yearState()).version, status: "APPRAISAL", reason: "Sửa sai sót" } },
          cookie,
          "setYearStatus",
        ),
      state: yearState,
    },
  ],
  saveScoreEntry: [
    {
      name: "claim a leaf for Phòng Tư pháp during self-assessment",
      allowed: ["officerOfLeadUnit"],
      prepare: () => openStage("SELF_ASSESSMENT"),
      run: (cookie) => saveEntry(cookie, "SELF", { points: 1, comment: "Ma trận quyền" }),
      state: entriesState,
    },
    {
      name: "appraise that leaf in round 1",
      allowed: ["homeAffairs"],
      prepare: () => openStage("ROUND1"),
      run: (cookie) => saveEntry(cookie, "ROUND1", { points: 1 }),
      state: entriesState,
    },
  ],
  reopenUnitStage: [
    {
      name: "reopen self-assessment for Phòng Tư pháp, with a reason",
      allowed: ["homeAffairs"],
      prepare: () => setYear("OPEN"),
      run: (cookie) =>
        gqlOutcome(
          `mutation($input: ReopenUnitStageInput!) { reopenUnitStage(input: $input) { __typename ... on Error { code } } }`,
          {
            input: {
              yearId,
              unitId: justiceUnitId,
              stage: "SELF_ASSESSMENT",
              untilOn: "2021-12-31",
              reason: "Ma trận quyền",
            },
          },
          cookie,
          "reopenUnitStage",
        ),
      state: () => h.db.prisma.unitStageReopening.count(),
    },
  ],
  lockResults: [
    {
      name: "compute and lock the year's results (in the appraisal stage)",
      allowed: ["homeAffairs"],
      prepare: () => resultsStage({ locked: false, approved: false }),
      run: (cookie) => snapshotOutcome("lockResults", cookie),
      state: resultsState,
    },
  ],
  approveResults: [
    {
      name: "approve the locked results",
      allowed: ["leadership"],
      prepare: () => resultsStage({ locked: true, approved: false }),
      run: (cookie) => snapshotOutcome("approveResults", cookie),
      state: resultsState,
    },
  ],
  publishResults: [
    {
      name: "publish the approved results",
      allowed: ["leadership", "homeAffairs"],
      prepare: () => resultsStage({ locked: true, approved: true }),
      run: (cookie) => snapshotOutcome("publishResults", cookie),
      state: resultsState,
    },
    {
      name: "publish results not yet approved",
      allowed: ["leadership"],
      prepare: () => resultsStage({ locked: true, approved: false }),
      run: (cookie) => snapshotOutcome("publishResults", cookie, { expectRefusal: true }),
      state: resultsState,
    },
  ],
  updateFrameworkNode: [
    {
      name: "rename area 1 of the sample framework",
      allowed: ["homeAffairs"],
      run: async (cookie) => {
        const f = await frameworkEditable();
        const area = await h.db.prisma.frameworkNode.findFirstOrThrow({ where: { frameworkId: f.id, code: "1" } });
        return gqlOutcome(
          FRAMEWORK_EDIT("updateFrameworkNode", "UpdateFrameworkNodeInput"),
          {
            input: {
              nodeId: area.id,
              version: f.version,
              name: area.name.endsWith(".") ? area.name.slice(0, -1) : `${area.name}.`,
              nameEn: area.nameEn,
              maxPoints: Number(area.maxPoints),
              appliesTo: area.appliesTo,
              sumReason: area.sumReason,
            },
          },
          cookie,
          "updateFrameworkNode",
        );
      },
      state: frameworkState,
    },
  ],
  addFrameworkNode: [
    {
      name: "add a sub-criterion under area 1",
      allowed: ["homeAffairs"],
      run: async (cookie) => {
        const f = await frameworkEditable();
        const area = await h.db.prisma.frameworkNode.findFirstOrThrow({ where: { frameworkId: f.id, code: "1" } });
        return gqlOutcome(
          FRAMEWORK_EDIT("addFrameworkNode", "AddFrameworkNodeInput"),
          {
            input: {
              frameworkId: f.id,
              version: f.version,
              parentId: area.id,
              name: "Ma trận quyền",
              maxPoints: 1,
              method: { kind: "binary", yesPoints: 1, noPoints: 0 },
              scoreSource: "APPRAISED_ONLY",
              appliesTo: [],
            },
          },
          cookie,
          "addFrameworkNode",
        );
      },
      state: frameworkState,
    },
  ],
  removeFrameworkNode: [
    {
      name: "remove a sub-criterion nothing refers to",
      allowed: ["homeAffairs"],
      run: async (cookie) => {
        const nodeId = await addedLeaf();
        const { version } = await frameworkEditable();
        return gqlOutcome(
          FRAMEWORK_EDIT("removeFrameworkNode", "RemoveFrameworkNodeInput"),
          { input: { nodeId, version } },
          cookie,
          "removeFrameworkNode",
        );
      },
    },
  ],
  moveFrameworkNode: [
    {
      name: "move area 1 one place (down, or back up)",
      allowed: ["homeAffairs"],
      run: async (cookie) => {
        const f = await frameworkEditable();
        const areas = await h.db.prisma.frameworkNode.findMany({
          where: { frameworkId: f.id, parentId: null },
          orderBy: { position: "asc" },
        });
        const area = areas.find((a) => a.code === "1")!;
        return gqlOutcome(
          FRAMEWORK_EDIT("moveFrameworkNode", "MoveFrameworkNodeInput"),
          { input: { nodeId: area.id, version: f.version, direction: areas[0]?.id === area.id ? "DOWN" : "UP" } },
          cookie,
          "moveFrameworkNode",
        );
      },
      state: frameworkState,
    },
  ],
  importFramework: [
    {
      name: "import the sample framework's file into a year without a framework",
      allowed: ["homeAffairs"],
      prepare: async () => {
        await yearWithoutFramework();
      },
      run: async (cookie) => {
        const reader = { userId: "reader", roles: ["LEADERSHIP" as const], unitId: null };
        const file = await exportFramework({ prisma: h.db.prisma, viewer: reader, now: new Date() }, { yearId });
        return gqlOutcome(
          FRAMEWORK_EDIT("importFramework", "ImportFrameworkInput"),
          { input: { yearId: importYearId, file } },
          cookie,
          "importFramework",
        );
      },
      state: () => h.db.prisma.framework.count(),
    },
  ],
  copyFramework: [
    {
      name: "copy the sample framework into a year without a framework",
      allowed: ["homeAffairs"],
      prepare: async () => {
        await yearWithoutFramework();
      },
      run: (cookie) =>
        gqlOutcome(
          FRAMEWORK_EDIT("copyFramework", "CopyFrameworkInput"),
          { input: { fromYearId: yearId, toYearId: importYearId } },
          cookie,
          "copyFramework",
        ),
      state: () => h.db.prisma.framework.count(),
    },
  ],
  submitUnitStage: [
    {
      name: "submit Phòng Tư pháp's complete self-assessment",
      allowed: ["officerOfLeadUnit"],
      prepare: async () => {
        await openStage("SELF_ASSESSMENT");
        await h.db.prisma.resultSnapshot.deleteMany({ where: { yearId } });
        await h.db.prisma.unitStageSubmission.deleteMany({ where: { yearId, unitId: justiceUnitId } });
        // Every leaf the unit self-scores claimed, with an explanation (setup, not under test).
        const leaves = await h.db.prisma.frameworkNode.findMany({
          where: { framework: { yearId }, method: { not: null }, scoreSource: "SELF_THEN_APPRAISED" },
          select: { id: true },
        });
        await h.db.prisma.scoreEntry.createMany({
          data: leaves.map((l) => ({
            yearId,
            unitId: justiceUnitId,
            nodeId: l.id,
            source: "SELF" as const,
            points: 0,
            comment: "Ma trận quyền",
          })),
          skipDuplicates: true,
        });
        await h.db.prisma.scoreEntry.updateMany({
          where: { yearId, unitId: justiceUnitId, source: "SELF", comment: null },
          data: { comment: "Ma trận quyền" },
        });
      },
      run: (cookie) =>
        gqlOutcome(
          `mutation($input: SubmitUnitStageInput!) { submitUnitStage(input: $input) { __typename ... on Error { code message } } }`,
          { input: { yearId, unitId: justiceUnitId, stage: "SELF_ASSESSMENT" } },
          cookie,
          "submitUnitStage",
        ),
      state: () => h.db.prisma.unitStageSubmission.findMany({ where: { yearId }, orderBy: { id: "asc" } }),
    },
  ],
  saveUnitAdjustment: [
    {
      name: "give Phòng Tư pháp a bonus in round 1",
      allowed: ["homeAffairs"],
      prepare: async () => {
        await openStage("ROUND1");
        await h.db.prisma.resultSnapshot.deleteMany({ where: { yearId } });
        await h.db.prisma.unitAdjustment.deleteMany({ where: { yearId, unitId: justiceUnitId } });
      },
      run: (cookie) =>
        gqlOutcome(
          `mutation($input: SaveUnitAdjustmentInput!) { saveUnitAdjustment(input: $input) { __typename ... on Error { code message } } }`,
          { input: { yearId, unitId: justiceUnitId, kind: "BONUS", points: 0.5, reason: "Ma trận quyền" } },
          cookie,
          "saveUnitAdjustment",
        ),
      state: () => h.db.prisma.unitAdjustment.findMany({ where: { yearId }, orderBy: { id: "asc" } }),
    },
  ],
  deleteUnitAdjustment: [
    {
      name: "remove Phòng Tư pháp's bonus in round 1",
      allowed: ["homeAffairs"],
      prepare: async () => {
        await openStage("ROUND1");
        await h.db.prisma.resultSnapshot.deleteMany({ where: { yearId } });
        if (!(await h.db.prisma.unitAdjustment.count({ where: { yearId, unitId: justiceUnitId } }))) {
          await h.db.prisma.unitAdjustment.create({
            data: { yearId, unitId: justiceUnitId, kind: "BONUS", points: 0.5, reason: "Ma trận quyền" },
          });
        }
      },
      run: async (cookie) => {
        const a = await h.db.prisma.unitAdjustment.findFirstOrThrow({ where: { yearId, unitId: justiceUnitId } });
        return gqlOutcome(
          `mutation($input: DeleteUnitAdjustmentInput!) { deleteUnitAdjustment(input: $input) { __typename ... on Error { code message } } }`,
          { input: { id: a.id, version: a.version } },
          cookie,
          "deleteUnitAdjustment",
        );
      },
      state: () => h.db.prisma.unitAdjustment.findMany({ where: { yearId }, orderBy: { id: "asc" } }),
    },
  ],
  // Last: they end the sessions the rows above use.
  logOutEverywhere: [
    {
      name: "end all of one's sessions",
      allowed: ACTORS.filter((a) => a !== "anonymous"),
      run: (cookie) => gqlOutcome(`mutation { logOutEverywhere }`, {}, cookie, "logOutEverywhere"),
    },
  ],
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
  yearId = year.id;
  justiceUnitId = unitIds.get("tu-phap")!;
  targetUserId = (await createUser(h.db.prisma, { roles: ["UNIT_OFFICER"], unitId: unitIds.get("tu-phap")! })).id;
  const onTeam = await createUser(h.db.prisma, { roles: ["INSPECTOR"] });
  const notOnTeam = await createUser(h.db.prisma, { roles: ["INSPECTOR"] });
  const visit = await createInspectionVisit(h.db.prisma, {
    yearId: year.id,
    unitId: unitIds.get("tu-phap")!,
    teamUserIds: [onTeam.id],
  });
  Object.assign(kit, {
    h,
    yearId: year.id,
    justiceUnitId: unitIds.get("tu-phap")!,
    unitIds,
    inspectorOnTeamId: onTeam.id,
    inspectorNotOnTeamId: notOnTeam.id,
    visitId: visit.id,
  });
  cookies.set("anonymous", null);
  cookies.set("admin", await h.login("admin@cchc.demo"));
  cookies.set("homeAffairs", await h.login("noivu@cchc.demo"));
  cookies.set("inspectorOnTeam", await h.login(onTeam.email, onTeam.password));
  cookies.set("inspectorNotOnTeam", await h.login(notOnTeam.email, notOnTeam.password));
  cookies.set("leadership", await h.login("lanhdao@cchc.demo"));
  cookies.set("officerOfLeadUnit", await h.login("tuphap@cchc.demo"));
  cookies.set("officerOfOtherUnit", await h.login("longphuoc@cchc.demo"));
  for (const actor of ACTORS) if (actor !== "anonymous") passwords.set(actor, "cchc-demo-2021");
  passwords.set("inspectorOnTeam", onTeam.password);
  passwords.set("inspectorNotOnTeam", notOnTeam.password);
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
    await c.prepare?.();
    const before = expected === "denied" && c.state ? await c.state() : undefined;
    expect(await c.run(cookies.get(actor) ?? null)).toBe(expected);
    if (before !== undefined) expect(await c.state!()).toEqual(before);
  });

  it("leaves the sample year open for the rows after it", async () => {
    await setYear("OPEN");
    expect((await yearState()).status).toBe("OPEN");
  });

  it("logged no unexpected server errors", () => {
    expect(h.errors).toEqual([]);
  });
});

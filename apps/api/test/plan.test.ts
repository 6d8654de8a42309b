import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
let cookie: string;
beforeAll(async () => {
  h = await startHarness();
  cookie = await h.login("noivu@cchc.demo");
});
afterAll(async () => {
  await h?.close();
});

interface Task {
  code: string;
  timePhrase: string;
  status: string;
  overdue: boolean;
  leadLabel: string;
  area: { code: string };
  leadUnits: Array<{ name: string; type: { code: string } }>;
  coordinatingUnits: Array<{ name: string; type: { code: string } }>;
  timing: {
    kind: string;
    start: string | null;
    end: string | null;
    due: string | null;
    needsPerson: boolean;
    occurrences: Array<{ due: string }>;
  };
}

const TASKS = `query($year: Int!, $areaCode: String, $leadUnitId: ID, $status: TaskStatus) {
  year(year: $year) {
    planTasks(areaCode: $areaCode, leadUnitId: $leadUnitId, status: $status) {
      code timePhrase status overdue leadLabel version viewerCanUpdateStatus viewerCanSetTiming
      area { code }
      leadUnits { name type { code } }
      coordinatingUnits { name type { code } }
      timing { kind start end due needsPerson occurrences { due } }
    }
  }
}`;

type Tasks = { year: { planTasks: Task[] } | null };

describe("planTasks", () => {
  it("lists the 20 tasks of 2021 in plan order with computed timing", async () => {
    const res = await h.gql<Tasks>(TASKS, { year: 2021 }, cookie);
    expect(res.body.errors).toBeUndefined();
    const tasks = res.body.data!.year!.planTasks;
    expect(tasks.map((t) => t.code)).toEqual([
      "I.1",
      "I.2",
      "I.3",
      "II.1",
      "II.2",
      "II.3",
      "III.1",
      "III.2",
      "IV.1",
      "IV.2",
      "IV.3",
      "IV.4",
      "IV.5",
      "V.1",
      "V.2",
      "VI.1",
      "VI.2",
      "VI.3",
      "VII.1",
      "VII.2",
    ]);
    const i2 = tasks.find((t) => t.code === "I.2")!;
    expect(i2.timePhrase).toBe("Qúy I/2021");
    expect(i2.timing).toMatchObject({
      kind: "WINDOW",
      start: "2021-01-01",
      end: "2021-03-31",
      due: "2021-03-31",
      needsPerson: false,
    });
    expect(i2.leadUnits).toEqual([{ name: "Phòng Tư pháp", type: { code: "phong" } }]);
    expect(i2.coordinatingUnits.map((u) => u.name)).toEqual(["Văn phòng Cấp ủy-HĐND&UBND thị xã"]);
    // The harness clock is 15/06/2021: a Q1 task not done is overdue; an ongoing one never is.
    expect(i2.overdue).toBe(true);
    expect(tasks.find((t) => t.code === "I.1")!.overdue).toBe(false);
    expect(tasks.find((t) => t.code === "IV.3")!.timing).toMatchObject({ kind: "TRIGGERED", due: null });
    expect(tasks.every((t) => !t.timing.needsPerson)).toBe(true);
  });

  it("filters by area, lead unit and status", async () => {
    const byArea = await h.gql<Tasks>(TASKS, { year: 2021, areaCode: "IV" }, cookie);
    expect(byArea.body.data!.year!.planTasks.map((t) => t.code)).toEqual(["IV.1", "IV.2", "IV.3", "IV.4", "IV.5"]);

    const tuPhap = await h.db.prisma.unit.findFirstOrThrow({ where: { name: "Phòng Tư pháp" } });
    const byLead = await h.gql<Tasks>(TASKS, { year: 2021, leadUnitId: tuPhap.id }, cookie);
    // VI.3 is led by "Các cơ quan, đơn vị và UBND các xã, phường": every unit, Phòng Tư pháp included.
    expect(byLead.body.data!.year!.planTasks.map((t) => t.code)).toEqual(["I.1", "I.2", "I.3", "VI.3"]);

    const done = await h.gql<Tasks>(TASKS, { year: 2021, status: "DONE" }, cookie);
    expect(done.body.data!.year!.planTasks).toEqual([]);
  });

  it("loads tasks with nested areas and units in a fixed number of statements (no N+1)", async () => {
    h.db.statements.length = 0;
    const res = await h.gql<Tasks>(TASKS, { year: 2021 }, cookie);
    expect(res.body.data!.year!.planTasks).toHaveLength(20);
    const selects = h.db.statements.filter((s) => /^\s*SELECT/i.test(s));
    // session lookup + year + tasks with their area and unit links in joined/batched reads:
    // the count must not grow with the 20 tasks or their ~380 unit links. (10: the year is looked up
    // by number and authority, then loaded; the year's status for the viewerCan… fields is one batched
    // read for all tasks.)
    expect(selects.length).toBeLessThanOrEqual(10);
    // …and the same number of statements for 5 tasks as for 20.
    h.db.statements.length = 0;
    const few = await h.gql<Tasks>(TASKS, { year: 2021, areaCode: "IV" }, cookie);
    expect(few.body.data!.year!.planTasks).toHaveLength(5);
    expect(h.db.statements.filter((s) => /^\s*SELECT/i.test(s)).length).toBe(selects.length);
  });

  it("answers an unknown year with null, not an error", async () => {
    const res = await h.gql<Tasks>(TASKS, { year: 1999 }, cookie);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { year: null } });
  });
});

describe("bad requests", () => {
  it("a malformed query is a 400 with a parse error, not a 500", async () => {
    const res = await h.gql(`{ year(year: 2021 { code }`, {}, cookie);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("an unknown field is a 400 validation error", async () => {
    const res = await h.gql(`{ year(year: 2021) { planTasks { nope } } }`, {}, cookie);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("a wrongly typed variable is a 400 BAD_USER_INPUT", async () => {
    const res = await h.gql(TASKS, { year: "hai nghìn" }, cookie);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("malformed JSON is a 400 with a JSON error body", async () => {
    const res = await fetch(`${h.app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe("BAD_REQUEST");
  });

  it("logged no unexpected server errors", () => {
    expect(h.errors).toEqual([]);
  });
});

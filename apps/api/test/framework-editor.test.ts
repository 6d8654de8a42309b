// The framework editor over the real API: the framework file downloaded and imported (all or
// nothing, problems with their place in the file), replacing only with the version seen, node edits
// with points carried up to the ancestors, validation by the domain refusing a change that breaks the
// framework (nothing written), conflicts, nodes in use, locked results and published years, audit.
import { sampleYear } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
const cookies: Record<string, string> = {};
let sampleYearId: string;
let yearId: string; // a year of our own, with no framework to start with
let unitId: string;

const PROBLEMS = `... on Error { code message } ... on ValidationError { problems { field code message } } ... on ForbiddenError { reason } ... on ConflictError { currentVersion }`;
const SUCCESS = `... on FrameworkEditSuccess { framework { id version problems nodes { id code parentId maxPoints position depth } } node { id code name maxPoints methodConfig version } }`;

const mutation = (name: string, input: string) =>
  `mutation($input: ${input}!) { ${name}(input: $input) { __typename ${SUCCESS} ${PROBLEMS} } }`;

type Answer = {
  __typename: string;
  code?: string;
  message?: string;
  reason?: string;
  currentVersion?: number;
  problems?: Array<{ field: string; code: string; message: string }>;
  framework?: {
    id: string;
    version: number;
    problems: string[];
    nodes: Array<{
      id: string;
      code: string;
      parentId: string | null;
      maxPoints: number;
      position: number;
      depth: number;
    }>;
  };
  node?: { id: string; code: string; name: string; maxPoints: number; methodConfig: unknown; version: number } | null;
};

async function send(name: string, inputType: string, input: Record<string, unknown>, cookie = cookies.office) {
  const res = await h.gql<Record<string, Answer>>(mutation(name, inputType), { input }, cookie);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data![name]!;
}

const importFile = (input: Record<string, unknown>, cookie?: string) =>
  send("importFramework", "ImportFrameworkInput", input, cookie);

async function framework() {
  return h.db.prisma.framework.findUniqueOrThrow({
    where: { yearId },
    select: {
      id: true,
      version: true,
      nodes: { select: { id: true, code: true, maxPoints: true, parentId: true, position: true } },
    },
  });
}
const node = async (code: string) => (await framework()).nodes.find((n) => n.code === code)!;
const points = async (code: string) => Number((await node(code)).maxPoints);

/** The node fields of an update, from the node as stored, with changes. */
async function updateInput(code: string, change: Record<string, unknown> = {}) {
  const row = await h.db.prisma.frameworkNode.findFirstOrThrow({ where: { code, framework: { yearId } } });
  const f = await framework();
  return {
    nodeId: row.id,
    version: f.version,
    name: row.name,
    nameEn: row.nameEn,
    maxPoints: Number(row.maxPoints),
    method: row.methodConfig,
    scoreSource: row.scoreSource,
    appliesTo: row.appliesTo,
    evidenceHint: row.evidenceHint,
    sumReason: row.sumReason,
    ...change,
  };
}

let sampleFile: string;

beforeAll(async () => {
  h = await startHarness();
  const sample = await sampleYear(h.db.prisma);
  sampleYearId = sample.year.id;
  unitId = sample.unitIds.get("tu-phap")!;
  const { id: _id, createdAt: _c, version: _v, year: _y, title: _t, status: _s, ...rest } = sample.year;
  yearId = (
    await h.db.prisma.evaluationYear.create({
      data: {
        ...rest,
        reportRule: sample.year.reportRule as object,
        year: 2031,
        title: "Năm thử bộ tiêu chí",
        status: "OPEN",
      },
    })
  ).id;
  cookies.office = await h.login("noivu@cchc.demo");
  cookies.leadership = await h.login("lanhdao@cchc.demo");
  cookies.officer = await h.login("tuphap@cchc.demo");
  const res = await h.gql<{ year: { framework: { exportJson: string } } }>(
    `query { year(year: 2021) { framework { exportJson } } }`,
    {},
    cookies.office,
  );
  sampleFile = res.body.data!.year.framework.exportJson;
});
afterAll(async () => {
  await h?.close();
});

describe("framework file", () => {
  it("downloads the sample framework in the versioned format", () => {
    const file = JSON.parse(sampleFile) as { format: string; formatVersion: number; areas: unknown[] };
    expect(file).toMatchObject({ format: "cchc-framework", formatVersion: 1 });
    expect(file.areas).toHaveLength(8);
  });

  it("says who may edit: Home Affairs, not leadership or a unit officer", async () => {
    const query = `query { year(year: 2031) { viewerCanEditFramework } }`;
    const as = async (cookie: string | undefined) =>
      (await h.gql<{ year: { viewerCanEditFramework: boolean } }>(query, {}, cookie)).body.data?.year
        .viewerCanEditFramework;
    expect([await as(cookies.office), await as(cookies.leadership), await as(cookies.officer)]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("refuses a broken file with every problem at its place, and writes nothing", async () => {
    const file = JSON.parse(sampleFile);
    file.areas[1].children[0].children[0].maxPoints = 5;
    file.areas[0].name = "";
    const answer = await importFile({ yearId, file });
    expect(answer.__typename).toBe("ValidationError");
    expect(answer.problems).toEqual([expect.objectContaining({ field: "json.areas[0].name", code: "REQUIRED" })]);
    delete file.areas[0].name;
    file.areas[0].name = "Lĩnh vực 1";
    const again = await importFile({ yearId, file });
    expect(again.problems?.map((p) => [p.field, p.code])).toEqual([
      ["json.areas[1].children[0]", "FRAMEWORK_INVALID"],
      ["json.areas[1].children[0].children[0]", "FRAMEWORK_INVALID"],
    ]);
    expect(again.problems?.[1]?.message).toBe("Tiêu chí 2.1.1: Điểm khi đạt (1) phải bằng điểm tối đa 5.");
    expect(await h.db.prisma.framework.count({ where: { yearId } })).toBe(0);
  });

  it("imports the file into a year without a framework (its text as well as its JSON)", async () => {
    const answer = await importFile({ yearId, file: sampleFile });
    expect(answer.__typename).toBe("FrameworkEditSuccess");
    expect(answer.framework?.nodes).toHaveLength(
      await h.db.prisma.frameworkNode.count({ where: { framework: { yearId: sampleYearId } } }),
    );
    expect(answer.framework?.problems).toEqual([]);
    const audit = await h.db.prisma.auditLog.findFirstOrThrow({ where: { action: "framework.import" } });
    expect(audit.after).toMatchObject({ yearId, leaves: 49, formatVersion: 1 });
    const exported = await h.gql<{ year: { framework: { exportJson: string } } }>(
      `query { year(year: 2031) { framework { exportJson } } }`,
      {},
      cookies.office,
    );
    expect(exported.body.data?.year.framework.exportJson).toBe(sampleFile);
  });

  it("replaces a framework only with the version the person saw", async () => {
    const { version } = await framework();
    expect((await importFile({ yearId, file: sampleFile })).problems?.[0]?.code).toBe("HAS_FRAMEWORK");
    expect(await importFile({ yearId, file: sampleFile, version: version + 5 })).toMatchObject({
      __typename: "ConflictError",
      currentVersion: version,
    });
    const replaced = await importFile({ yearId, file: sampleFile, version });
    expect(replaced.__typename).toBe("FrameworkEditSuccess");
    expect(replaced.framework?.version).toBe(version + 1);
  });

  it("refuses anyone but Home Affairs", async () => {
    const { version } = await framework();
    expect(await importFile({ yearId, file: sampleFile, version }, cookies.leadership)).toMatchObject({
      __typename: "ForbiddenError",
      reason: "ROLE",
    });
  });
});

describe("copy from another year", () => {
  it("copies the sample framework into a year without one, node to node, and not over an existing one", async () => {
    const sample = await h.db.prisma.evaluationYear.findUniqueOrThrow({ where: { id: sampleYearId } });
    const { id: _id, createdAt: _c, version: _v, ...rest } = sample;
    const target = await h.db.prisma.evaluationYear.create({
      data: { ...rest, reportRule: sample.reportRule as object, year: 2033, title: "Năm sao chép", status: "OPEN" },
    });
    const copy = (toYearId: string) =>
      send("copyFramework", "CopyFrameworkInput", { fromYearId: sampleYearId, toYearId });
    const copied = await copy(target.id);
    expect(copied.__typename).toBe("FrameworkEditSuccess");
    const leaf = await h.db.prisma.frameworkNode.findFirstOrThrow({
      where: { code: "2.2", framework: { yearId: target.id } },
      select: { previous: { select: { code: true, framework: { select: { yearId: true } } } } },
    });
    expect(leaf.previous).toEqual({ code: "2.2", framework: { yearId: sampleYearId } });
    expect((await copy(target.id)).problems?.[0]?.code).toBe("HAS_FRAMEWORK");
  });
});

describe("node edits", () => {
  it("carries a leaf's new points up to its criterion and area, in one version", async () => {
    const [leaf, criterion, area] = [await points("2.1.1"), await points("2.1"), await points("2")];
    const { version } = await framework();
    const answer = await send(
      "updateFrameworkNode",
      "UpdateFrameworkNodeInput",
      await updateInput("2.1.1", {
        maxPoints: leaf + 0.5,
        method: { kind: "binary", yesPoints: leaf + 0.5, noPoints: 0 },
        name: "Văn bản ban hành đúng thẩm quyền",
      }),
    );
    expect(answer.__typename).toBe("FrameworkEditSuccess");
    expect(answer.node).toMatchObject({
      code: "2.1.1",
      name: "Văn bản ban hành đúng thẩm quyền",
      maxPoints: leaf + 0.5,
    });
    expect([await points("2.1"), await points("2")]).toEqual([criterion + 0.5, area + 0.5]);
    expect(answer.framework?.version).toBe(version + 1);
    expect(answer.framework?.problems).toEqual([]);
    const audit = await h.db.prisma.auditLog.findFirstOrThrow({
      where: { action: "framework.update_node" },
      orderBy: { at: "desc" },
    });
    expect(audit.after).toMatchObject({
      code: "2.1.1",
      pointsCarriedUp: [
        { code: "2.1", before: criterion, after: criterion + 0.5 },
        { code: "2", before: area, after: area + 0.5 },
      ],
    });
  });

  it("refuses a change the domain finds inconsistent, with its problems, and writes nothing", async () => {
    const before = await framework();
    const answer = await send(
      "updateFrameworkNode",
      "UpdateFrameworkNodeInput",
      await updateInput("2.1.1", { maxPoints: 3 }), // the binary method still gives 1.5 for yes
    );
    expect(answer.__typename).toBe("ValidationError");
    expect(answer.problems).toEqual([
      {
        field: "framework",
        code: "FRAMEWORK_INVALID",
        message: "Tiêu chí 2.1.1: Điểm khi đạt (1.5) phải bằng điểm tối đa 3.",
      },
    ]);
    expect(await framework()).toEqual(before);
  });

  it("answers a stale version with a conflict", async () => {
    const input = await updateInput("2.1.2", { name: "Một" });
    expect((await send("updateFrameworkNode", "UpdateFrameworkNodeInput", input)).__typename).toBe(
      "FrameworkEditSuccess",
    );
    const stale = await send("updateFrameworkNode", "UpdateFrameworkNodeInput", { ...input, name: "Hai" });
    expect(stale.__typename).toBe("ConflictError");
    expect((await h.db.prisma.frameworkNode.findUniqueOrThrow({ where: { id: input.nodeId } })).name).toBe("Một");
  });

  it("adds a sub-criterion with the next free code, moves it up and removes it", async () => {
    const parent = await node("2.1");
    const before = await points("2.1");
    const added = await send("addFrameworkNode", "AddFrameworkNodeInput", {
      frameworkId: (await framework()).id,
      version: (await framework()).version,
      parentId: parent.id,
      name: "Tự kiểm tra văn bản",
      maxPoints: 1,
      method: { kind: "checklist", items: ["Có kế hoạch", "Có báo cáo"] },
      scoreSource: "SELF_THEN_APPRAISED",
      appliesTo: ["phong"],
    });
    expect(added.__typename).toBe("FrameworkEditSuccess");
    expect(added.node?.code).toBe("2.1.3");
    expect(await points("2.1")).toBe(before + 1);

    const moved = await send("moveFrameworkNode", "MoveFrameworkNodeInput", {
      nodeId: added.node!.id,
      version: (await framework()).version,
      direction: "UP",
    });
    expect(moved.__typename).toBe("FrameworkEditSuccess");
    const siblings = moved
      .framework!.nodes.filter((n) => n.parentId === parent.id)
      .sort((a, b) => a.position - b.position);
    expect(siblings.map((n) => n.code)).toEqual(["2.1.1", "2.1.3", "2.1.2"]);

    const cannot = await send("moveFrameworkNode", "MoveFrameworkNodeInput", {
      nodeId: (await node("2.1.1")).id,
      version: (await framework()).version,
      direction: "UP",
    });
    expect(cannot.problems?.[0]).toMatchObject({ code: "CANNOT_MOVE", message: "Tiêu chí 2.1.1 đã ở đầu nhóm." });

    const removed = await send("removeFrameworkNode", "RemoveFrameworkNodeInput", {
      nodeId: added.node!.id,
      version: (await framework()).version,
    });
    expect(removed.__typename).toBe("FrameworkEditSuccess");
    expect(removed.framework?.nodes.some((n) => n.code === "2.1.3")).toBe(false);
    expect(await points("2.1")).toBe(before);
  });

  it("refuses unknown unit types", async () => {
    const answer = await send(
      "updateFrameworkNode",
      "UpdateFrameworkNodeInput",
      await updateInput("2.2", { appliesTo: ["huyen"] }),
    );
    expect(answer.problems).toEqual([expect.objectContaining({ field: "appliesTo", code: "UNKNOWN_UNIT_TYPE" })]);
  });

  it("keeps the scoring of a leaf that has scores: a new name yes, new points or removal no", async () => {
    const leaf = await node("2.2");
    await h.db.prisma.scoreEntry.create({ data: { yearId, unitId, nodeId: leaf.id, source: "SELF", points: 1 } });
    const renamed = await send(
      "updateFrameworkNode",
      "UpdateFrameworkNodeInput",
      await updateInput("2.2", { name: "Theo dõi thi hành pháp luật" }),
    );
    expect(renamed.__typename).toBe("FrameworkEditSuccess");
    const repointed = await send(
      "updateFrameworkNode",
      "UpdateFrameworkNodeInput",
      await updateInput("2.2", { appliesTo: ["xa"] }),
    );
    expect(repointed.problems?.[0]).toMatchObject({ code: "IN_USE" });
    expect(repointed.problems?.[0]?.message).toMatch(/^Tiêu chí 2\.2 đã có điểm chấm/);
    const removed = await send("removeFrameworkNode", "RemoveFrameworkNodeInput", {
      nodeId: (await node("2")).id,
      version: (await framework()).version,
    });
    expect(removed.problems?.[0]).toMatchObject({ code: "IN_USE" });
    const replaced = await importFile({ yearId, file: sampleFile, version: (await framework()).version });
    expect(replaced.problems?.[0]).toMatchObject({ code: "IN_USE" });
    const nodes = await h.db.prisma.frameworkNode.count({ where: { framework: { yearId } } });
    expect(nodes).toBe(await h.db.prisma.frameworkNode.count({ where: { framework: { yearId: sampleYearId } } }));
  });

  it("refuses every edit once the results are locked, and in a published year", async () => {
    await h.db.prisma.resultSnapshot.create({ data: { yearId, lockedAt: new Date("2031-12-20T03:00:00Z") } });
    const locked = await send(
      "updateFrameworkNode",
      "UpdateFrameworkNodeInput",
      await updateInput("2.1.2", { name: "Ba" }),
    );
    expect(locked.problems?.[0]).toMatchObject({ code: "RESULTS_LOCKED" });
    await h.db.prisma.resultSnapshot.delete({ where: { yearId } });
    await h.db.prisma.evaluationYear.update({ where: { id: yearId }, data: { status: "PUBLISHED" } });
    const published = await send(
      "updateFrameworkNode",
      "UpdateFrameworkNodeInput",
      await updateInput("2.1.2", { name: "Ba" }),
    );
    expect(published).toMatchObject({ __typename: "ForbiddenError", reason: "YEAR_PUBLISHED" });
    await h.db.prisma.evaluationYear.update({ where: { id: yearId }, data: { status: "OPEN" } });
  });

  it("logged no unexpected server errors", () => {
    expect(h.errors).toEqual([]);
  });
});

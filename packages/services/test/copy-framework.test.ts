// copyFramework: a year's framework from another year's, with the node-to-node links for trends.
import { isoToDbDate, type PrismaClient } from "@cchc/db";
import { openTestDatabase, sampleYear, type TestDatabase } from "@cchc/db/testing";
import type { Viewer } from "@cchc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFramework, ForbiddenError, NotFoundError, readAudit, ValidationError } from "../src/index.js";

let db: TestDatabase;
let prisma: PrismaClient;
let office: Viewer;
let justice: Viewer;
let fromYearId: string;
let toYearId: string;
const now = new Date("2022-01-15T03:00:00Z");

async function newYear(year: number, authorityId: string) {
  return prisma.evaluationYear.create({
    data: {
      authorityId,
      year,
      title: `Năm ${year}`,
      unitPlanDeadline: isoToDbDate(`${year}-02-20`),
      unitPlanDeadlineText: `trước ngày 20/02/${year}`,
      reportRule: {},
    },
  });
}

beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
  prisma = db.prisma;
  const { year } = await sampleYear(prisma);
  fromYearId = year.id;
  toYearId = (await newYear(2022, year.authorityId)).id;
  const noivu = await prisma.user.findUniqueOrThrow({ where: { email: "noivu@cchc.demo" } });
  office = { userId: noivu.id, roles: noivu.roles, unitId: noivu.unitId };
  const tuphap = await prisma.user.findUniqueOrThrow({ where: { email: "tuphap@cchc.demo" } });
  justice = { userId: tuphap.id, roles: tuphap.roles, unitId: tuphap.unitId };
});
afterAll(async () => {
  await db?.dispose();
});

describe("copyFramework", () => {
  it("refuses a unit officer and writes nothing", async () => {
    const error = await copyFramework({ prisma, viewer: justice, now }, { fromYearId, toYearId }).catch((e) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(await prisma.framework.count({ where: { yearId: toYearId } })).toBe(0);
  });

  it("copies the tree, methods, applicability, caps and tiers, linking every node to its source", async () => {
    const { frameworkId, nodes } = await copyFramework({ prisma, viewer: office, now }, { fromYearId, toYearId });
    const [source, copy] = await Promise.all(
      [fromYearId, toYearId].map((yearId) =>
        prisma.framework.findUniqueOrThrow({
          where: { yearId },
          include: { nodes: { orderBy: { position: "asc" }, include: { parent: { select: { code: true } } } } },
        }),
      ),
    );
    expect(copy!.id).toBe(frameworkId);
    expect(copy!.copiedFromId).toBe(source!.id);
    expect({ ...copy, id: 0, yearId: 0, copiedFromId: 0, createdAt: 0, nodes: 0 }).toEqual({
      ...source,
      id: 0,
      yearId: 0,
      copiedFromId: 0,
      createdAt: 0,
      nodes: 0,
    });
    expect(nodes).toBe(source!.nodes.length);
    expect(copy!.nodes).toHaveLength(source!.nodes.length);
    const sourceByCode = new Map(source!.nodes.map((n) => [n.code, n]));
    for (const n of copy!.nodes) {
      const s = sourceByCode.get(n.code)!;
      expect(n.previousNodeId).toBe(s.id);
      expect(n.parent?.code ?? null).toBe(s.parent?.code ?? null);
      const strip = ({ id, frameworkId, parentId, previousNodeId, parent, version, ...rest }: typeof n) => rest;
      expect(strip(n)).toEqual(strip(s));
    }
    expect(copy!.nodes.filter((n) => n.method !== null)).toHaveLength(49);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "framework.copy" } });
    expect(readAudit(audit)).toMatchObject({
      entityId: frameworkId,
      after: { fromYearId, toYearId, copiedFromId: source!.id, nodes: source!.nodes.length, leaves: 49 },
    });
    expect(audit.actorId).toBe(office.userId);
  });

  it("refuses a year that already has a framework", async () => {
    const error = await copyFramework({ prisma, viewer: office, now }, { fromYearId, toYearId }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ problems: [{ field: "toYearId", code: "HAS_FRAMEWORK" }] });
    expect(await prisma.auditLog.count({ where: { action: "framework.copy" } })).toBe(1);
  });

  it("refuses the same year, and a source year of another authority or without a framework", async () => {
    await expect(
      copyFramework({ prisma, viewer: office, now }, { fromYearId, toYearId: fromYearId }),
    ).rejects.toMatchObject({
      problems: [{ code: "SAME_YEAR" }],
    });
    const empty = await newYear(
      2023,
      (await prisma.evaluationYear.findUniqueOrThrow({ where: { id: fromYearId } })).authorityId,
    );
    const blank = await newYear(2024, empty.authorityId);
    const noSource = await copyFramework(
      { prisma, viewer: office, now },
      { fromYearId: blank.id, toYearId: empty.id },
    ).catch((e) => e);
    expect(noSource).toBeInstanceOf(NotFoundError);
    const other = await prisma.authority.create({
      data: { code: "khac", name: "UBND khác", headerName: "UBND KHÁC", place: "Khác", level: "commune" },
    });
    const foreign = await newYear(2022, other.id);
    const cross = await copyFramework({ prisma, viewer: office, now }, { fromYearId, toYearId: foreign.id }).catch(
      (e) => e,
    );
    expect(cross).toBeInstanceOf(NotFoundError);
    expect(await prisma.framework.count({ where: { yearId: { in: [empty.id, foreign.id] } } })).toBe(0);
  });
});

// The sample's findings on the spot and issued minutes after the sample cycle: the demo inspector's
// visit in progress has findings of both kinds and every severity (two with a photo that is a real
// PNG), recorded through the operation (audited, with clientIds); every concluded visit has its
// minutes issued as a DOCX kept in storage, numbered per year, labelled sample data.
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "@cchc/db";
import { openTestDatabase, type TestDatabase } from "@cchc/db/testing";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FileStorage, folderStorage, seedSampleCycle } from "../src/index.js";

let db: TestDatabase;
let prisma: PrismaClient;
let storage: FileStorage;
let dir = "";
let liveYearId = "";
const now = new Date("2026-11-28T03:00:00Z");

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "cchc-sample-findings-"));
  storage = folderStorage(dir);
  db = await openTestDatabase({ seed: true });
  prisma = db.prisma;
  const result = await seedSampleCycle(prisma, { now, storage });
  if (!result.created) throw new Error(`sample cycle not created: ${result.reason}`);
  liveYearId = result.liveYearId;
}, 240_000);
afterAll(async () => {
  await db?.dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("sample findings and minutes", () => {
  it("the inspector's visit on the spot has findings of both kinds, each severity, two photos", async () => {
    const visit = await prisma.inspectionVisit.findFirstOrThrow({
      where: { yearId: liveYearId, status: "IN_PROGRESS" },
      include: { findings: { include: { photos: true, author: true, node: true } } },
    });
    const f = visit.findings;
    expect(f.map((x) => x.kind).sort()).toEqual(["GOOD_PRACTICE", "WEAKNESS", "WEAKNESS", "WEAKNESS"]);
    expect(
      f
        .map((x) => x.severity)
        .filter(Boolean)
        .sort(),
    ).toEqual(["HIGH", "LOW", "MEDIUM"]);
    for (const x of f) {
      expect(x.description).toContain("(dữ liệu mẫu)");
      expect(x.author?.email).toBe("kiemtra@cchc.demo");
      expect(x.clientId).toMatch(/^sample-/);
      expect(x.node).not.toBeNull();
    }
    const photos = f.flatMap((x) => x.photos);
    expect(photos).toHaveLength(2);
    for (const p of photos) {
      const bytes = await storage.get(p.storagePath);
      expect(bytes?.subarray(0, 8)).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(createHash("sha256").update(bytes!).digest("hex")).toBe(p.sha256);
      expect(p.unitId).toBe(visit.unitId);
    }
    expect(await prisma.auditLog.count({ where: { action: "finding.record" } })).toBe(4);
  });

  it("every concluded visit keeps its issued minutes, numbered per year", async () => {
    const concluded = await prisma.inspectionVisit.findMany({
      where: { status: "CONCLUDED" },
      include: { minutesFile: true, year: true },
      orderBy: [{ yearId: "asc" }, { startsAt: "asc" }],
    });
    expect(concluded.length).toBeGreaterThan(1);
    for (const v of concluded) {
      expect(v.minutesNumber, v.id).toMatch(/^\d{2,}\/BB-ĐKT$/);
      expect(v.minutesFile).not.toBeNull();
      const bytes = await storage.get(v.minutesFile!.storagePath);
      const xml = await (await JSZip.loadAsync(bytes!)).file("word/document.xml")!.async("string");
      expect(xml).toContain(`Số: ${v.minutesNumber}`);
      expect(xml).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(xml).toContain("(dữ liệu mẫu)");
    }
    const numbers2021 = concluded.filter((v) => v.year.year === 2021).map((v) => v.minutesNumber);
    expect(numbers2021[0]).toBe("01/BB-ĐKT");
    expect(new Set(numbers2021).size).toBe(numbers2021.length);
  });
});

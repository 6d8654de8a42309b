// Evidence files called directly (as a script would): type/size/name rules, SHA-256, access per role
// and unit, a published year, and the all-or-nothing write (a failed database write leaves no bytes).
import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "@cchc/db";
import { createUser, openTestDatabase, sampleYear, type TestDatabase } from "@cchc/db/testing";
import type { Viewer } from "@cchc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  FileRejectedError,
  type FileStorage,
  folderStorage,
  ForbiddenError,
  NotFoundError,
  readAudit,
  readEvidenceFile,
  storeEvidenceFile,
} from "../src/index.js";

let db: TestDatabase;
let prisma: PrismaClient;
let dir: string;
let storage: FileStorage;
let yearId: string;
let justiceId: string;
let wardId: string;
const viewers: Record<string, Viewer> = {};
const now = new Date("2021-11-15T03:00:00Z");

const PDF = new TextEncoder().encode("%PDF-1.4\n% tài liệu kiểm chứng\n1 0 obj <<>> endobj\n%%EOF\n");
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]);

async function storedFiles(): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.push(path.join(entry.parentPath, entry.name));
  }
  return out;
}

const store = (viewer: Viewer | null, change: Partial<Parameters<typeof storeEvidenceFile>[1]> = {}, s = storage) =>
  storeEvidenceFile(
    { prisma, viewer, now, storage: s },
    { yearId, unitId: justiceId, fileName: "Biên bản.pdf", mimeType: "application/pdf", bytes: PDF, ...change },
  );

beforeAll(async () => {
  db = await openTestDatabase({ seed: true });
  prisma = db.prisma;
  dir = await mkdtemp(path.join(tmpdir(), "cchc-evidence-"));
  storage = folderStorage(dir);
  const { year, unitIds } = await sampleYear(prisma);
  yearId = year.id;
  await prisma.evaluationYear.update({ where: { id: yearId }, data: { status: "SELF_ASSESSMENT" } });
  justiceId = unitIds.get("tu-phap")!;
  wardId = unitIds.get("long-phuoc")!;
  const asViewer = async (email: string) => {
    const u = await prisma.user.findUniqueOrThrow({ where: { email } });
    return { userId: u.id, roles: u.roles, unitId: u.unitId };
  };
  viewers.justice = await asViewer("tuphap@cchc.demo");
  viewers.ward = await asViewer("longphuoc@cchc.demo");
  viewers.office = await asViewer("noivu@cchc.demo");
  viewers.leadership = await asViewer("lanhdao@cchc.demo");
  viewers.admin = await asViewer("admin@cchc.demo");
  const inspector = await createUser(prisma, { roles: ["INSPECTOR"] });
  viewers.inspector = { userId: inspector.id, roles: ["INSPECTOR"], unitId: null };
});
afterAll(async () => {
  await db?.dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("storeEvidenceFile", () => {
  it("stores the bytes under a random key, with the SHA-256 computed on the server, and audits it", async () => {
    const row = await store(viewers.justice!);
    expect(row).toMatchObject({
      yearId,
      unitId: justiceId,
      fileName: "Biên bản.pdf",
      mimeType: "application/pdf",
      sizeBytes: PDF.byteLength,
      sha256: createHash("sha256").update(PDF).digest("hex"),
      uploadedById: viewers.justice!.userId,
    });
    expect(row.storagePath).not.toContain("Bi");
    expect(row.storagePath).toMatch(/^[A-Za-z0-9_-]{2}\/[A-Za-z0-9_-]{24}$/);
    expect(await storage.get(row.storagePath)).toEqual(PDF);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "evidence.upload", entityId: row.id } });
    expect(readAudit(audit)).toMatchObject({ after: { fileName: "Biên bản.pdf", sha256: row.sha256 } });
    const second = await store(viewers.justice!);
    expect(second.storagePath).not.toBe(row.storagePath);
  });

  it.each([
    ["an empty file", { bytes: new Uint8Array() }, "EMPTY"],
    ["a program renamed .pdf", { bytes: EXE, fileName: "hoa-don.pdf" }, "TYPE_NOT_ALLOWED"],
    ["a type that is not allowed", { mimeType: "text/html", fileName: "a.html" }, "TYPE_NOT_ALLOWED"],
    ["a name with nothing left", { fileName: "\u0000../" }, "BAD_NAME"],
  ] as const)("refuses %s and stores nothing", async (_name, change, code) => {
    const [files, rows] = [await storedFiles(), await prisma.evidenceFile.count()];
    const error = await store(viewers.justice!, change).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileRejectedError);
    expect(error).toMatchObject({ code });
    expect(await storedFiles()).toEqual(files);
    expect(await prisma.evidenceFile.count()).toBe(rows);
  });

  it("refuses a file over the limit it is given", async () => {
    const error = await storeEvidenceFile(
      { prisma, viewer: viewers.justice!, now, storage, maxUploadBytes: 16 },
      { yearId, unitId: justiceId, fileName: "a.pdf", mimeType: "application/pdf", bytes: PDF },
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "TOO_LARGE" });
  });

  it("keeps a sanitised name (no path, no control characters)", async () => {
    const row = await store(viewers.justice!, { fileName: "C:\\tmp\\bao\u0007cao.pdf" });
    expect(row.fileName).toBe("baocao.pdf");
  });

  it.each([
    ["another unit's officer", "ward", "NOT_YOUR_UNIT"],
    ["leadership", "leadership", "ROLE"],
    ["an inspector", "inspector", "ROLE"],
    ["the administrator", "admin", "ROLE"],
  ])("refuses %s", async (_name, who, reason) => {
    const error = await store(viewers[who]!).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toMatchObject({ reason });
  });

  it("lets Home Affairs upload for any unit; refuses nobody and an unknown unit", async () => {
    await expect(store(viewers.office!, { unitId: wardId })).resolves.toMatchObject({ unitId: wardId });
    await expect(store(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(store(viewers.office!, { unitId: "khong-co" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("removes the stored bytes when the database write fails", async () => {
    const files = await storedFiles();
    const rows = await prisma.evidenceFile.count();
    // A viewer whose user row does not exist: the foreign key refuses the row after the bytes were written.
    const ghost: Viewer = { userId: "khong-ton-tai", roles: ["HOME_AFFAIRS"], unitId: null };
    const puts: string[] = [];
    const watching: FileStorage = {
      ...storage,
      put: (key, bytes) => {
        puts.push(key);
        return storage.put(key, bytes);
      },
    };
    await expect(store(ghost, {}, watching)).rejects.toThrow();
    expect(puts).toHaveLength(1);
    expect(await storage.get(puts[0]!)).toBeNull();
    expect(await storedFiles()).toEqual(files);
    expect(await prisma.evidenceFile.count()).toBe(rows);
  });

  it("refuses uploads in a published year", async () => {
    await prisma.evaluationYear.update({ where: { id: yearId }, data: { status: "PUBLISHED" } });
    try {
      await expect(store(viewers.justice!)).rejects.toMatchObject({ reason: "YEAR_PUBLISHED" });
    } finally {
      await prisma.evaluationYear.update({ where: { id: yearId }, data: { status: "SELF_ASSESSMENT" } });
    }
  });
});

describe("readEvidenceFile", () => {
  it.each([
    ["the unit's officer", "justice", true],
    ["Home Affairs", "office", true],
    ["leadership", "leadership", true],
    ["the administrator", "admin", true],
    ["another unit's officer", "ward", false],
    ["an inspector", "inspector", false],
  ])("%s: %s", async (_name, who, allowed) => {
    const row = await store(viewers.justice!);
    const read = readEvidenceFile({ prisma, viewer: viewers[who]!, now, storage }, { id: row.id });
    if (allowed) await expect(read).resolves.toMatchObject({ file: { id: row.id }, bytes: PDF });
    else await expect(read).rejects.toBeInstanceOf(NotFoundError);
  });

  it("answers a missing file like a forbidden one", async () => {
    await expect(
      readEvidenceFile({ prisma, viewer: viewers.office!, now, storage }, { id: "khong-co" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

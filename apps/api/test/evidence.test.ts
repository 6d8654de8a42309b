// Evidence files over real HTTP: POST /files (CSRF header, session, access per role and unit, size
// while streaming, type by first bytes, nothing half-written) and GET /files/:id (who may read,
// headers), and the files on score entries and the scorecard (one statement for all entries).
import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createUser, sampleYear } from "@cchc/db/testing";
import { folderStorage } from "@cchc/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./harness.js";

let h: Harness;
let dir: string;
let yearId: string;
let justiceId: string;
let wardId: string;
const cookies: Record<string, string> = {};
const LIMIT = 64 * 1024;

const PDF = new TextEncoder().encode("%PDF-1.4\n% Biên bản\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]);

interface Upload {
  cookie?: string | null;
  unitId?: string;
  yearId?: string;
  body?: Uint8Array | ReadableStream<Uint8Array>;
  type?: string;
  name?: string;
  csrf?: boolean;
}

async function upload(o: Upload = {}) {
  const headers: Record<string, string> = {
    "content-type": o.type ?? "application/pdf",
    "x-file-name": encodeURIComponent(o.name ?? "Biên bản kiểm tra.pdf"),
  };
  if (o.csrf !== false) headers["x-requested-with"] = "cchc";
  if (o.cookie !== null) headers.cookie = o.cookie ?? cookies.justice!;
  const query = new URLSearchParams({ yearId: o.yearId ?? yearId, unitId: o.unitId ?? justiceId });
  const res = await fetch(`${h.app.url}/files?${query}`, {
    method: "POST",
    headers,
    body: o.body ?? PDF,
    ...(o.body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  return { status: res.status, body: (await res.json()) as Record<string, Record<string, unknown>> };
}

async function download(id: string, cookie?: string | null) {
  const res = await fetch(`${h.app.url}/files/${id}`, { headers: cookie ? { cookie } : {} });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

async function storedFiles(): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).length;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "cchc-api-files-"));
  h = await startHarness({
    now: new Date("2021-11-15T03:00:00Z"),
    storage: folderStorage(dir),
    maxUploadBytes: LIMIT,
  });
  const { year, unitIds } = await sampleYear(h.db.prisma);
  yearId = year.id;
  justiceId = unitIds.get("tu-phap")!;
  wardId = unitIds.get("long-phuoc")!;
  await h.db.prisma.resultSnapshot.deleteMany({ where: { yearId } });
  await h.db.prisma.evaluationYear.update({ where: { id: yearId }, data: { status: "SELF_ASSESSMENT" } });
  await h.db.prisma.scoreEntry.deleteMany({ where: { yearId, unitId: justiceId } });
  await h.db.prisma.unitStageSubmission.deleteMany({ where: { yearId } });
  cookies.justice = await h.login("tuphap@cchc.demo");
  cookies.ward = await h.login("longphuoc@cchc.demo");
  cookies.office = await h.login("noivu@cchc.demo");
  cookies.leadership = await h.login("lanhdao@cchc.demo");
  cookies.admin = await h.login("admin@cchc.demo");
  const inspector = await createUser(h.db.prisma, { roles: ["INSPECTOR"] });
  cookies.inspector = await h.login(inspector.email, inspector.password);
});
afterAll(async () => {
  await h?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("POST /files", () => {
  it("stores a file of the unit's officer and answers 201 with its id, SHA-256 and url", async () => {
    const { status, body } = await upload();
    expect(status).toBe(201);
    expect(body.file).toEqual({
      id: expect.any(String),
      fileName: "Biên bản kiểm tra.pdf",
      mimeType: "application/pdf",
      sizeBytes: PDF.byteLength,
      sha256: createHash("sha256").update(PDF).digest("hex"),
      url: `/files/${body.file!.id}`,
    });
    expect(await storedFiles()).toBe(1);
  });

  it.each([
    ["no X-Requested-With (CSRF guard)", { csrf: false }, 403, "FORBIDDEN"],
    ["no session cookie", { cookie: null }, 401, "UNAUTHENTICATED"],
    ["no unit named", { unitId: "" }, 400, "BAD_REQUEST"],
    ["an unknown unit", { unitId: "khong-co-don-vi" }, 404, "NOT_FOUND"],
    ["a program renamed .pdf", { body: EXE, name: "hoa-don.pdf" }, 415, "TYPE_NOT_ALLOWED"],
    [
      "a type that is not allowed",
      { type: "text/html", name: "a.html", body: new TextEncoder().encode("<html>") },
      415,
      "TYPE_NOT_ALLOWED",
    ],
    ["an empty file", { body: new Uint8Array() }, 400, "EMPTY"],
    ["a name of nothing", { name: "../" }, 400, "BAD_NAME"],
    ["a declared size over the limit", { body: new Uint8Array(LIMIT + 1).fill(0x25) }, 413, "TOO_LARGE"],
  ] as const)("refuses %s, storing nothing", async (_name, o, status, code) => {
    const [files, rows] = [await storedFiles(), await h.db.prisma.evidenceFile.count()];
    const res = await upload(o as Upload);
    expect(res.status).toBe(status);
    expect(res.body.error).toEqual({ code, message: expect.any(String) });
    expect(res.body.error!.message).toMatch(/[ạ-ỹàáâãèéêìíòóôõùúýăđ]/i);
    expect(await storedFiles()).toBe(files);
    expect(await h.db.prisma.evidenceFile.count()).toBe(rows);
  });

  it("refuses another unit's officer (403) and leadership (403); Home Affairs may upload for any unit", async () => {
    expect((await upload({ cookie: cookies.ward })).body.error).toMatchObject({ code: "FORBIDDEN" });
    expect((await upload({ cookie: cookies.leadership })).status).toBe(403);
    expect((await upload({ cookie: cookies.office, unitId: wardId })).status).toBe(201);
  });

  it("counts a streamed body (no Content-Length) and stops reading it as soon as it passes the limit", async () => {
    const files = await storedFiles();
    let sent = 0;
    const CAP = 512 * 1024 * 1024;
    const chunk = new Uint8Array(64 * 1024).fill(0x25);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Practically endless: a server that read it to the end would take 512 MB (and the time to send it).
        if (sent >= CAP) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const res = await upload({ body: stream });
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: "TOO_LARGE" });
    expect(sent).toBeLessThan(CAP / 4);
    expect(await storedFiles()).toBe(files);
  });

  it("refuses uploads in a published year", async () => {
    await h.db.prisma.evaluationYear.update({ where: { id: yearId }, data: { status: "PUBLISHED" } });
    try {
      const res = await upload();
      expect(res.status).toBe(403);
      expect(res.body.error!.message).toMatch(/công bố/);
    } finally {
      await h.db.prisma.evaluationYear.update({ where: { id: yearId }, data: { status: "SELF_ASSESSMENT" } });
    }
  });
});

describe("GET /files/:id", () => {
  let pdfId: string;
  let docxId: string;
  beforeAll(async () => {
    pdfId = (await upload()).body.file!.id as string;
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 0, 0]);
    docxId = (
      await upload({
        body: zip,
        type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        name: 'Tờ trình "số 1".docx',
      })
    ).body.file!.id as string;
  });

  it.each([
    ["the unit's officer", "justice", 200],
    ["Home Affairs", "office", 200],
    ["leadership", "leadership", 200],
    ["the administrator", "admin", 200],
    ["another unit's officer", "ward", 404],
    ["an inspector", "inspector", 404],
  ])("%s (%s) → %i", async (_name, who, status) => {
    const { res, bytes } = await download(pdfId, cookies[who]);
    expect(res.status).toBe(status);
    if (status === 200) expect(bytes).toEqual(PDF);
  });

  it("answers 401 without a session, and 404 for an id that does not exist", async () => {
    expect((await download(pdfId, null)).res.status).toBe(401);
    const missing = await download("ckkhongtontai0000000000000", cookies.office);
    expect(missing.res.status).toBe(404);
    expect(JSON.parse(new TextDecoder().decode(missing.bytes))).toMatchObject({ error: { code: "NOT_FOUND" } });
  });

  it("sends the stored type, a UTF-8 file name, nosniff, no caching and a sandboxing CSP", async () => {
    const { res } = await download(pdfId, cookies.justice);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(
      `inline; filename="Bi_n b_n ki_m tra.pdf"; filename*=UTF-8''${encodeURIComponent("Biên bản kiểm tra.pdf")}`,
    );
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'.*sandbox/);
    const doc = await download(docxId, cookies.justice);
    expect(doc.res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="T_ tr_nh _s_ 1_.docx"; filename\*=UTF-8''T%E1%BB%9D/,
    );
  });
});

describe("evidence on score entries and on the scorecard", () => {
  const SAVE = `mutation($input: SaveScoreEntryInput!) {
    saveScoreEntry(input: $input) {
      __typename
      ... on SaveScoreEntrySuccess { entry { id version evidence { id fileName url sha256 uploadedByName } } }
      ... on ValidationError { problems { field code } }
    }
  }`;

  let b: Record<string, unknown>;

  it("sets, replaces and clears an entry's evidence; a claim with evidence needs no explanation", async () => {
    const a = (await upload()).body.file!;
    b = (await upload({ body: PNG, type: "image/png", name: "anh.png" })).body.file!;
    const first = await h.gql<{
      saveScoreEntry: { entry: { id: string; version: number; evidence: Array<{ id: string }> } };
    }>(
      SAVE,
      {
        input: {
          yearId,
          unitId: justiceId,
          leafCode: "2.2",
          source: "SELF",
          version: null,
          points: 1,
          evidenceFileIds: [a.id],
        },
      },
      cookies.justice,
    );
    expect(first.body.data!.saveScoreEntry.entry.evidence).toEqual([
      {
        id: a.id,
        fileName: "Biên bản kiểm tra.pdf",
        url: `/files/${a.id}`,
        sha256: a.sha256,
        uploadedByName: expect.any(String),
      },
    ]);
    const second = await h.gql<{ saveScoreEntry: { entry: { evidence: Array<{ id: string }> } } }>(
      SAVE,
      {
        input: {
          yearId,
          unitId: justiceId,
          leafCode: "2.2",
          source: "SELF",
          version: 1,
          points: 1,
          evidenceFileIds: [b.id],
        },
      },
      cookies.justice,
    );
    expect(second.body.data!.saveScoreEntry.entry.evidence.map((f) => f.id)).toEqual([b.id]);
    const cleared = await h.gql<{ saveScoreEntry: { problems?: Array<{ field: string; code: string }> } }>(
      SAVE,
      {
        input: {
          yearId,
          unitId: justiceId,
          leafCode: "2.2",
          source: "SELF",
          version: 2,
          points: 1,
          evidenceFileIds: [],
        },
      },
      cookies.justice,
    );
    expect(cleared.body.data!.saveScoreEntry.problems).toEqual([{ field: "comment", code: "EXPLANATION_REQUIRED" }]);
  });

  it("refuses another unit's file on an entry", async () => {
    const wardFile = (await upload({ cookie: cookies.ward, unitId: wardId })).body.file!;
    const res = await h.gql<{ saveScoreEntry: { problems?: Array<{ field: string; code: string }> } }>(
      SAVE,
      {
        input: {
          yearId,
          unitId: justiceId,
          leafCode: "2.2",
          source: "SELF",
          version: 2,
          points: 1,
          evidenceFileIds: [wardFile.id],
        },
      },
      cookies.justice,
    );
    expect(res.body.data!.saveScoreEntry.problems).toEqual([
      { field: "evidenceFileIds", code: "EVIDENCE_NOT_OF_UNIT" },
    ]);
  });

  it("lists each scorecard entry's files, loading them in one statement whatever the number of entries", async () => {
    const files = [(await upload()).body.file!, (await upload()).body.file!];
    await h.gql(
      SAVE,
      {
        input: {
          yearId,
          unitId: justiceId,
          leafCode: "1.7",
          source: "SELF",
          version: null,
          points: 0,
          evidenceFileIds: files.map((f) => f.id),
        },
      },
      cookies.justice,
    );
    const CARD = `query($yearId: ID!, $unitId: ID!) { unitScorecard(yearId: $yearId, unitId: $unitId) {
      ... on UnitScorecard { leaves { code entries { source evidence { id fileName } } } }
    } }`;
    h.db.statements.length = 0;
    const res = await h.gql<{
      unitScorecard: {
        leaves: Array<{ code: string; entries: Array<{ source: string; evidence: Array<{ id: string }> }> }>;
      };
    }>(CARD, { yearId, unitId: justiceId }, cookies.justice);
    const evidenceQueries = h.db.statements.filter((s) => /^\s*SELECT/i.test(s) && /"ScoreEntryEvidence"/.test(s));
    expect(evidenceQueries).toHaveLength(1);
    const byLeaf = new Map(res.body.data!.unitScorecard.leaves.map((l) => [l.code, l.entries]));
    expect(
      byLeaf
        .get("1.7")
        ?.find((e) => e.source === "SELF")
        ?.evidence.map((f) => f.id),
    ).toEqual(files.map((f) => f.id));
    expect(
      byLeaf
        .get("2.2")
        ?.find((e) => e.source === "SELF")
        ?.evidence.map((f) => f.id),
    ).toEqual([b.id]);
  });

  it("logged no unexpected server errors", () => {
    expect(h.errors).toEqual([]);
  });
});

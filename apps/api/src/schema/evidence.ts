// Evidence files (tài liệu kiểm chứng): the EvidenceFile type (its bytes are served by GET /files/:id,
// uploaded by POST /files: src/http/files.ts), on score entries and on the scorecard's entries and
// bonus/penalty lines, each list loaded in one statement for the whole scorecard.
import type { Prisma } from "@cchc/db";
import { MAX_EVIDENCE_FILES_PER_RECORD } from "@cchc/domain";
import { batchLoader } from "../batch-load.js";
import { builder } from "../builder.js";
import { AdjustmentRef, ScorecardEntryRef } from "./results.js";

export const EVIDENCE_FILE_FIELDS = {
  id: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  sha256: true,
  createdAt: true,
  uploadedBy: { select: { fullName: true } },
} as const;

export type EvidenceFileShape = Prisma.EvidenceFileGetPayload<{ select: typeof EVIDENCE_FILE_FIELDS }>;

export const EvidenceFileRef = builder.objectRef<EvidenceFileShape>("EvidenceFile").implement({
  description: "An evidence file (tài liệu kiểm chứng) of a unit. Its bytes: GET `url` (access checked on every read).",
  fields: (t) => ({
    id: t.exposeID("id"),
    fileName: t.exposeString("fileName"),
    mimeType: t.exposeString("mimeType"),
    sizeBytes: t.exposeInt("sizeBytes"),
    sha256: t.exposeString("sha256", { description: "SHA-256 of the bytes, hex, computed by the server." }),
    url: t.string({ description: "/files/<id>", resolve: (f) => `/files/${f.id}` }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    uploadedByName: t.string({ nullable: true, resolve: (f) => f.uploadedBy?.fullName ?? null }),
  }),
});

const byFileOrder = (a: EvidenceFileShape, b: EvidenceFileShape) =>
  a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);

const entryEvidence = batchLoader<string, EvidenceFileShape[]>(async (ctx, entryIds) => {
  const links = await ctx.prisma.scoreEntryEvidence.findMany({
    where: { entryId: { in: entryIds } },
    select: { entryId: true, file: { select: EVIDENCE_FILE_FIELDS } },
  });
  const out = new Map<string, EvidenceFileShape[]>();
  for (const l of links) out.set(l.entryId, [...(out.get(l.entryId) ?? []), l.file]);
  for (const files of out.values()) files.sort(byFileOrder);
  return out;
}, []);

const adjustmentExtra = batchLoader<string, { version: number; evidence: EvidenceFileShape[] } | null>(
  async (ctx, ids) => {
    const rows = await ctx.prisma.unitAdjustment.findMany({
      where: { id: { in: ids } },
      select: { id: true, version: true, evidence: { select: { file: { select: EVIDENCE_FILE_FIELDS } } } },
    });
    return new Map(
      rows.map((r) => [r.id, { version: r.version, evidence: r.evidence.map((e) => e.file).sort(byFileOrder) }]),
    );
  },
  null,
);

builder.objectFields(ScorecardEntryRef, (t) => ({
  evidence: t.field({
    type: [EvidenceFileRef],
    // at most this many files per entry or adjustment (the input schemas' bound): what the query cost counts
    extensions: { maxItems: MAX_EVIDENCE_FILES_PER_RECORD },
    description: "The entry's evidence files.",
    resolve: (e, _args, ctx) => entryEvidence(ctx, e.id),
  }),
}));

builder.objectFields(AdjustmentRef, (t) => ({
  version: t.int({
    description: "Send it back with saveUnitAdjustment / deleteUnitAdjustment.",
    resolve: async (a, _args, ctx) => (await adjustmentExtra(ctx, a.id))?.version ?? 1,
  }),
  evidence: t.field({
    type: [EvidenceFileRef],
    extensions: { maxItems: MAX_EVIDENCE_FILES_PER_RECORD },
    resolve: async (a, _args, ctx) => (await adjustmentExtra(ctx, a.id))?.evidence ?? [],
  }),
}));

builder.prismaObjectFields("ScoreEntry", (t) => ({
  evidence: t.field({
    type: [EvidenceFileRef],
    extensions: { maxItems: MAX_EVIDENCE_FILES_PER_RECORD },
    description: "The entry's evidence files.",
    select: { evidence: { select: { file: { select: EVIDENCE_FILE_FIELDS } } } },
    resolve: (e) => e.evidence.map((x) => x.file).sort(byFileOrder),
  }),
}));

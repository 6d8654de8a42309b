// Findings recorded on the spot (issue #9, "On the spot"): the Finding type (kind, severity, criterion,
// text, location, photos, author), a visit's `findings`, and recordFinding (idempotent by the device's
// clientId: the offline outbox may send one finding twice), updateFinding and deleteFinding (versioned:
// a stale version answers ConflictError whose `currentFinding` holds the finding as it is now).
// Who: Home Affairs, or an inspector on the visit's team, while the visit is in progress or its minutes
// recorded (@cchc/services, the domain's `finding.record`).
import { can, FindingKind, FindingSeverity, MAX_FINDING_PHOTOS, visitAcceptsFindings } from "@cchc/domain";
import {
  deleteFinding,
  FindingsClosedError,
  recordFinding,
  updateFinding,
  VISIT_RESOURCE_SELECT,
  visitResource,
} from "@cchc/services";
import { builder } from "../builder.js";
import { operation } from "../context.js";
import { ConflictError, ErrorInterface, ForbiddenError, NotFoundError, ValidationError } from "./errors.js";
import { EVIDENCE_FILE_FIELDS, EvidenceFileRef } from "./evidence.js";

/** The most findings one visit lists (what the query cost counts). */
export const MAX_FINDINGS_PER_VISIT = 300;

const FindingKindEnum = builder.enumType(FindingKind, {
  name: "FindingKind",
  description: "WEAKNESS: tồn tại, hạn chế; GOOD_PRACTICE: mô hình, cách làm hay.",
});
const FindingSeverityEnum = builder.enumType(FindingSeverity, {
  name: "FindingSeverity",
  description: "A weakness's severity: LOW thấp, MEDIUM trung bình, HIGH cao.",
});

builder.objectType(FindingsClosedError, {
  name: "FindingsClosedError",
  description: "The visit is not on the spot (not started, or concluded): findings cannot be written.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof FindingsClosedError,
  fields: (t) => ({ status: t.exposeString("status") }),
});

export const FindingRef = builder.prismaObject("Finding", {
  description: "A finding of an inspection visit: a weakness (with severity) or a good practice.",
  fields: (t) => ({
    id: t.exposeID("id"),
    version: t.exposeInt("version", { description: "Send it back with updateFinding / deleteFinding." }),
    visitId: t.exposeID("visitId"),
    clientId: t.exposeString("clientId", { nullable: true, description: "The recording device's id (offline sync)." }),
    kind: t.expose("kind", { type: FindingKindEnum }),
    severity: t.expose("severity", { type: FindingSeverityEnum, nullable: true }),
    description: t.exposeString("description"),
    criterion: t.relation("node", { nullable: true, description: "The framework leaf the finding concerns." }),
    latitude: t.exposeFloat("latitude", { nullable: true }),
    longitude: t.exposeFloat("longitude", { nullable: true }),
    recordedAt: t.expose("recordedAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    authorName: t.string({
      nullable: true,
      select: { author: { select: { fullName: true } } },
      resolve: (f) => f.author?.fullName ?? null,
    }),
    photos: t.field({
      type: [EvidenceFileRef],
      description: "Photos and files of the finding, oldest first. Bytes: GET `url`.",
      extensions: { maxItems: MAX_FINDING_PHOTOS },
      select: { photos: { select: EVIDENCE_FILE_FIELDS, orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
      resolve: (f) => f.photos,
    }),
    viewerCanEdit: t.boolean({
      description: "Whether the viewer may change or remove the finding now.",
      select: { visit: { select: VISIT_RESOURCE_SELECT } },
      resolve: (f, _args, ctx) =>
        visitAcceptsFindings(f.visit.status) && can(ctx.viewer, "finding.record", visitResource(f.visit)),
    }),
  }),
});

builder.prismaObjectFields("InspectionVisit", (t) => ({
  findings: t.relation("findings", {
    description: "The visit's findings, in the order recorded.",
    extensions: { maxItems: MAX_FINDINGS_PER_VISIT },
    query: { orderBy: [{ recordedAt: "asc" }, { id: "asc" }], take: MAX_FINDINGS_PER_VISIT },
  }),
  viewerCanRecordFindings: t.boolean({
    description: "Whether the viewer may record findings on this visit now (on the team, visit on the spot).",
    select: VISIT_RESOURCE_SELECT,
    resolve: (v, _args, ctx) => visitAcceptsFindings(v.status) && can(ctx.viewer, "finding.record", visitResource(v)),
  }),
}));

builder.objectFields(ConflictError, (t) => ({
  currentFinding: t.prismaField({
    type: "Finding",
    nullable: true,
    description: "The finding as it is now (null when the record is not a finding, or it was removed).",
    resolve: (query, e, _args, ctx) =>
      e.entity === "Finding" ? ctx.prisma.finding.findUnique({ ...query, where: { id: e.currentId } }) : null,
  }),
}));

const RecordFindingInput = builder.inputType("RecordFindingInput", {
  fields: (t) => ({
    visitId: t.id({ required: true }),
    clientId: t.string({
      required: true,
      description: "Made by the device (a UUID): the same clientId sent again answers the finding recorded first.",
    }),
    kind: t.field({ type: FindingKindEnum, required: true }),
    severity: t.field({ type: FindingSeverityEnum, required: false, description: "Required for a weakness." }),
    frameworkNodeId: t.id({ required: false, description: "A leaf of the year's framework." }),
    description: t.string({ required: true }),
    latitude: t.float({ required: false }),
    longitude: t.float({ required: false }),
    photoFileIds: t.idList({
      required: false,
      description: "Files uploaded with POST /files?yearId&unitId&visitId (the visited unit's).",
    }),
  }),
});

const UpdateFindingInput = builder.inputType("UpdateFindingInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true, description: "The version seen." }),
    kind: t.field({ type: FindingKindEnum, required: true }),
    severity: t.field({ type: FindingSeverityEnum, required: false }),
    frameworkNodeId: t.id({ required: false }),
    description: t.string({ required: true }),
    latitude: t.float({ required: false }),
    longitude: t.float({ required: false }),
    photoFileIds: t.idList({ required: false, description: "When given, replaces the photos and files." }),
  }),
});

const DeleteFindingInput = builder.inputType("DeleteFindingInput", {
  fields: (t) => ({ id: t.id({ required: true }), version: t.int({ required: true }) }),
});

const RecordFindingSuccess = builder
  .objectRef<{ findingId: string; created: boolean }>("RecordFindingSuccess")
  .implement({
    fields: (t) => ({
      created: t.exposeBoolean("created", {
        description: "False when this clientId had been recorded before (nothing was written).",
      }),
      finding: t.prismaField({
        type: "Finding",
        resolve: (query, r, _args, ctx) =>
          ctx.prisma.finding.findUniqueOrThrow({ ...query, where: { id: r.findingId } }),
      }),
    }),
  });

const UpdateFindingSuccess = builder.objectRef<{ findingId: string }>("UpdateFindingSuccess").implement({
  fields: (t) => ({
    finding: t.prismaField({
      type: "Finding",
      resolve: (query, r, _args, ctx) => ctx.prisma.finding.findUniqueOrThrow({ ...query, where: { id: r.findingId } }),
    }),
  }),
});

const DeleteFindingSuccess = builder
  .objectRef<{ findingId: string }>("DeleteFindingSuccess")
  .implement({ fields: (t) => ({ deletedId: t.exposeID("findingId") }) });

const ERRORS = [ConflictError, FindingsClosedError, ForbiddenError, NotFoundError, ValidationError];

builder.mutationFields((t) => ({
  recordFinding: t.field({
    type: RecordFindingSuccess,
    description:
      "Records a finding on the spot (Home Affairs, an inspector on the team; visit in progress or minutes recorded). " +
      "Idempotent by clientId. Audited.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "RecordFindingResult" } },
    args: { input: t.arg({ type: RecordFindingInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      recordFinding(operation(ctx), {
        visitId: String(input.visitId),
        clientId: input.clientId,
        kind: input.kind,
        severity: input.severity ?? null,
        frameworkNodeId: input.frameworkNodeId == null ? null : String(input.frameworkNodeId),
        description: input.description,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        photoFileIds: input.photoFileIds?.map(String) ?? [],
      }),
  }),
  updateFinding: t.field({
    type: UpdateFindingSuccess,
    description: "Changes a finding (same rules as recording it), naming the version seen. Audited.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "UpdateFindingResult" } },
    args: { input: t.arg({ type: UpdateFindingInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      updateFinding(operation(ctx), {
        id: String(input.id),
        version: input.version,
        kind: input.kind,
        severity: input.severity ?? null,
        frameworkNodeId: input.frameworkNodeId == null ? null : String(input.frameworkNodeId),
        description: input.description,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        photoFileIds: input.photoFileIds?.map(String) ?? null,
      }),
  }),
  deleteFinding: t.field({
    type: DeleteFindingSuccess,
    description: "Removes a finding without corrective actions (same rules as recording it). Audited.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "DeleteFindingResult" } },
    args: { input: t.arg({ type: DeleteFindingInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteFinding(operation(ctx), { id: String(input.id), version: input.version }),
  }),
}));

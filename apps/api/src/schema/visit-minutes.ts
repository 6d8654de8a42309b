// The minutes of an inspection visit (biên bản kiểm tra): their fields on InspectionVisit, the next
// free number of the year, the issued file, and recordVisitMinutes (IN_PROGRESS → MINUTES_RECORDED,
// correctable until the conclusion) and concludeVisit (MINUTES_RECORDED → CONCLUDED: the DOCX is
// generated, stored and kept as issued). Download: GET /visits/:id/minutes.docx (src/http/visit-minutes.ts).
import { can, canMoveVisit, nextMinutesNumber, parseMinutesNumber, VisitStatus } from "@cchc/domain";
import {
  concludeVisit,
  MinutesStepError,
  recordVisitMinutes,
  VISIT_RESOURCE_SELECT,
  visitResource,
} from "@cchc/services";
import { builder } from "../builder.js";
import { operation } from "../context.js";
import { ConflictError, ErrorInterface, ForbiddenError, NotFoundError, ValidationError } from "./errors.js";
import { EVIDENCE_FILE_FIELDS, EvidenceFileRef } from "./evidence.js";

builder.objectType(MinutesStepError, {
  name: "MinutesStepError",
  description:
    "The visit is not at the step for this (minutes need the visit in progress; concluding needs the minutes).",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof MinutesStepError,
  fields: (t) => ({ status: t.exposeString("status") }),
});

builder.prismaObjectFields("InspectionVisit", (t) => ({
  minutesNumber: t.exposeString("minutesNumber", { nullable: true, description: '"05/BB-ĐKT" once recorded.' }),
  minutesNumberValue: t.int({
    nullable: true,
    description: "The number alone (5), to edit it.",
    select: { minutesNumber: true },
    resolve: (v) => parseMinutesNumber(v.minutesNumber),
  }),
  suggestedMinutesNumber: t.int({
    description: "The next free number of the year's minutes (one more than the largest recorded).",
    select: { yearId: true },
    resolve: async (v, _args, ctx) => {
      const rows = await ctx.prisma.inspectionVisit.findMany({
        where: { yearId: v.yearId, minutesNumber: { not: null } },
        select: { minutesNumber: true },
      });
      return nextMinutesNumber(rows.map((r) => r.minutesNumber));
    },
  }),
  minutesSummary: t.exposeString("minutes", { nullable: true, description: "What the team did, in words." }),
  conclusions: t.exposeString("conclusions", { nullable: true }),
  visitedDate: t.expose("visitedDate", { type: "Date", nullable: true, description: "The day on the spot." }),
  minutesFile: t.field({
    type: EvidenceFileRef,
    nullable: true,
    description: "The minutes issued at the conclusion, kept as issued.",
    select: { minutesFile: { select: EVIDENCE_FILE_FIELDS } },
    resolve: (v) => v.minutesFile,
  }),
  minutesUrl: t.string({
    description: "GET: the issued minutes once concluded, else a draft made now (DOCX).",
    select: { id: true },
    resolve: (v) => `/visits/${v.id}/minutes.docx`,
  }),
  viewerCanRecordMinutes: t.boolean({
    description: "Whether the viewer may record or correct the minutes now.",
    select: VISIT_RESOURCE_SELECT,
    resolve: (v, _args, ctx) =>
      (v.status === VisitStatus.MINUTES_RECORDED || canMoveVisit(v.status, VisitStatus.MINUTES_RECORDED)) &&
      v.status !== VisitStatus.CANCELLED &&
      can(ctx.viewer, "visit.minutes", visitResource(v)),
  }),
  viewerCanConclude: t.boolean({
    description: "Whether the viewer may conclude the visit now (minutes recorded).",
    select: VISIT_RESOURCE_SELECT,
    resolve: (v, _args, ctx) =>
      canMoveVisit(v.status, VisitStatus.CONCLUDED) && can(ctx.viewer, "visit.minutes", visitResource(v)),
  }),
}));

const RecordVisitMinutesInput = builder.inputType("RecordVisitMinutesInput", {
  fields: (t) => ({
    visitId: t.id({ required: true }),
    version: t.int({ required: true, description: "The visit's version seen." }),
    number: t.int({ required: true, description: 'The number in the year: 5 → "Số: 05/BB-ĐKT".' }),
    place: t.string({ required: true, description: "Where the minutes were made." }),
    summary: t.string({ required: false }),
    conclusions: t.string({ required: true }),
  }),
});

const ConcludeVisitInput = builder.inputType("ConcludeVisitInput", {
  fields: (t) => ({ visitId: t.id({ required: true }), version: t.int({ required: true }) }),
});

const VisitMinutesSuccess = builder.objectRef<{ visitId: string }>("VisitMinutesSuccess").implement({
  fields: (t) => ({
    visit: t.prismaField({
      type: "InspectionVisit",
      resolve: (query, r, _args, ctx) =>
        ctx.prisma.inspectionVisit.findUniqueOrThrow({ ...query, where: { id: r.visitId } }),
    }),
  }),
});

const ERRORS = [ConflictError, ForbiddenError, MinutesStepError, NotFoundError, ValidationError];

builder.mutationFields((t) => ({
  recordVisitMinutes: t.field({
    type: VisitMinutesSuccess,
    description:
      "Records (or corrects, before the conclusion) the minutes: number, place, summary, conclusions. " +
      "IN_PROGRESS → MINUTES_RECORDED. Home Affairs or an inspector on the team. Versioned, audited.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "RecordVisitMinutesResult" } },
    args: { input: t.arg({ type: RecordVisitMinutesInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      recordVisitMinutes(operation(ctx), {
        visitId: String(input.visitId),
        version: input.version,
        number: input.number,
        place: input.place,
        summary: input.summary ?? null,
        conclusions: input.conclusions,
      }),
  }),
  concludeVisit: t.field({
    type: VisitMinutesSuccess,
    description:
      "Concludes the visit: the minutes DOCX (Decree 30 format) is generated, stored and kept as issued. " +
      "MINUTES_RECORDED → CONCLUDED. Home Affairs or an inspector on the team. Versioned, audited.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "ConcludeVisitResult" } },
    args: { input: t.arg({ type: ConcludeVisitInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      concludeVisit(
        { ...operation(ctx), storage: ctx.storage },
        { visitId: String(input.visitId), version: input.version },
      ),
  }),
}));

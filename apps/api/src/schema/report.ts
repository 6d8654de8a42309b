// Periodic reports (báo cáo định kỳ): the year's periods with their due date, rule text and Home
// Affairs' extensions; a unit's reports with their timing (on time / late = not reported / missing /
// not due yet) and the submission with its earlier versions; the compliance matrix units × periods;
// mutations setReportRule, grantReportExtension, submitReport (@cchc/services/reports).
import type { Prisma } from "@cchc/db";
import { can, reportRuleKey, type SubmissionStatus } from "@cchc/domain";
import { dbDateToIso, jsonColumns } from "@cchc/db";
import {
  type ComplianceCell,
  type ComplianceMatrix,
  type ComplianceRow,
  complianceMatrix,
  grantReportExtension,
  type PeriodFacts,
  setReportRule,
  submitReport,
  type UnitReportRow,
  unitReports,
} from "@cchc/services";
import { batchLoader } from "../batch-load.js";
import { builder } from "../builder.js";
import { operation } from "../context.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors.js";
import { EVIDENCE_FILE_FIELDS, EvidenceFileRef } from "./evidence.js";

const STATUS_OUT: Record<SubmissionStatus, "ON_TIME" | "LATE" | "MISSING" | "PENDING"> = {
  on_time: "ON_TIME",
  late: "LATE",
  missing: "MISSING",
  pending: "PENDING",
};
const STATUS_IN = {
  ON_TIME: "on_time",
  LATE: "late",
  MISSING: "missing",
  PENDING: "pending",
} as const satisfies Record<string, SubmissionStatus>;

export const ReportStatusEnum = builder.enumType("ReportStatus", {
  values: {
    ON_TIME: { description: "Đúng hạn" },
    LATE: { description: "Trễ hạn: coi như không báo cáo (quy định của kế hoạch mẫu)" },
    MISSING: { description: "Không báo cáo (quá hạn, chưa gửi)" },
    PENDING: { description: "Chưa đến hạn, chưa gửi" },
  } as const,
});

export const ReportRuleKeyEnum = builder.enumType("ReportRuleKey", {
  values: {
    SEED: { description: "Gửi trước ngày 25 của tháng giữa quý (kế hoạch mẫu)" },
    NATIONAL: { description: "Gửi chậm nhất ngày 20 của tháng cuối kỳ báo cáo" },
    CUSTOM: { description: "Quy định khác (không chọn được ở đây)" },
  } as const,
});

type ExtensionShape = PeriodFacts["extensions"][number];

const ReportExtensionRef = builder.objectRef<ExtensionShape>("ReportExtension").implement({
  description: "More time for a period, for one unit (unitId) or every unit (unitId null), with the reason.",
  fields: (t) => ({
    id: t.exposeID("id"),
    unitId: t.exposeID("unitId", { nullable: true }),
    untilDate: t.expose("untilDate", { type: "Date", description: "The new last on-time day." }),
    reason: t.exposeString("reason"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const periodExtensions = batchLoader<string, ExtensionShape[]>(async (ctx, ids) => {
  const rows = await ctx.prisma.reportExtension.findMany({
    where: { periodId: { in: ids } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, periodId: true, unitId: true, untilDate: true, reason: true, createdAt: true },
  });
  const out = new Map<string, ExtensionShape[]>();
  for (const r of rows)
    out.set(r.periodId, [...(out.get(r.periodId) ?? []), { ...r, untilDate: dbDateToIso(r.untilDate) }]);
  return out;
}, []);

builder.prismaObjectFields("ReportPeriod", (t) => ({
  position: t.exposeInt("position"),
  extensions: t.field({
    type: [ReportExtensionRef],
    extensions: { maxItems: 20 },
    description:
      "Extensions granted for this period, latest first (the latest one that concerns a unit wins). A unit officer " +
      "sees those for every unit and for its own unit only.",
    resolve: async (p, _a, ctx) => {
      const all = await periodExtensions(ctx, p.id);
      const v = ctx.viewer;
      if (!v) return [];
      const reader = can(v, "report.readCompliance", { type: "EvaluationYear", yearStatus: "OPEN" });
      return reader ? all : all.filter((e) => e.unitId === null || e.unitId === v.unitId);
    },
  }),
}));

/** A period as the report views load it (dueDate as a calendar date), given to the ReportPeriod type. */
const asPeriod = (p: PeriodFacts) =>
  p as unknown as Prisma.ReportPeriodGetPayload<{ select: { id: true } }> & {
    dueDate: Date;
    yearId: string;
    code: string;
    nameVi: string;
    nameEn: string;
    ruleText: string;
    position: number;
  };

const ReportTimingRef = builder.objectRef<ComplianceCell>("ReportTiming").implement({
  description:
    "One unit's report of one period against its due date (extensions applied). The first sending decides; a late " +
    "report counts as not reported.",
  fields: (t) => ({
    periodId: t.exposeID("periodId"),
    status: t.field({ type: ReportStatusEnum, resolve: (c) => STATUS_OUT[c.status] }),
    symbol: t.exposeString("symbol", { description: "✓ ! ✗ …: the status without colour." }),
    labelVi: t.exposeString("labelVi"),
    countsAsReported: t.exposeBoolean("countsAsReported"),
    dueDate: t.expose("dueDate", { type: "Date", description: "The unit's last on-time day." }),
    extended: t.exposeBoolean("extended"),
    extensionReason: t.exposeString("extensionReason", { nullable: true }),
    submissionId: t.exposeID("submissionId", { nullable: true }),
    submittedAt: t.expose("submittedAt", { type: "DateTime", nullable: true, description: "The first sending." }),
    daysLate: t.exposeInt("daysLate"),
  }),
});

const SUBMISSION_FIELDS = {
  id: true,
  version: true,
  periodId: true,
  unitId: true,
  submittedAt: true,
  documentNumber: true,
  summary: true,
  evidence: { select: EVIDENCE_FILE_FIELDS, orderBy: { createdAt: "asc" } },
  revisions: {
    select: { id: true, submittedAt: true, documentNumber: true, summary: true, fileIds: true, replacedAt: true },
    orderBy: { replacedAt: "desc" },
  },
} as const satisfies Prisma.ReportSubmissionSelect;

type SubmissionShape = Prisma.ReportSubmissionGetPayload<{ select: typeof SUBMISSION_FIELDS }>;

const loadSubmission = batchLoader<string, SubmissionShape | null>(async (ctx, ids) => {
  const rows = await ctx.prisma.reportSubmission.findMany({ where: { id: { in: ids } }, select: SUBMISSION_FIELDS });
  return new Map(rows.map((r) => [r.id, r]));
}, null);

const RevisionRef = builder.objectRef<SubmissionShape["revisions"][number]>("ReportSubmissionRevision").implement({
  description: "An earlier version of a resubmitted report, as it was sent.",
  fields: (t) => ({
    id: t.exposeID("id"),
    sentAt: t.expose("submittedAt", { type: "DateTime", description: "When this version was sent." }),
    replacedAt: t.expose("replacedAt", { type: "DateTime" }),
    documentNumber: t.exposeString("documentNumber", { nullable: true }),
    summary: t.exposeString("summary", { nullable: true }),
    fileIds: t.idList({
      resolve: (r) => (Array.isArray(r.fileIds) ? r.fileIds.filter((x): x is string => typeof x === "string") : []),
    }),
  }),
});

const ReportSubmissionRef = builder.objectRef<SubmissionShape>("ReportSubmission").implement({
  description: "A unit's report for a period: the current version, its files and the earlier versions.",
  fields: (t) => ({
    id: t.exposeID("id"),
    version: t.exposeInt("version", { description: "Send it back with submitReport to resubmit." }),
    submittedAt: t.expose("submittedAt", {
      type: "DateTime",
      description: "The FIRST sending: it alone decides on time / late (a resubmission keeps it).",
    }),
    lastSentAt: t.field({
      type: "DateTime",
      description: "When the current version was sent.",
      resolve: (s) => s.revisions[0]?.replacedAt ?? s.submittedAt,
    }),
    documentNumber: t.exposeString("documentNumber", { nullable: true }),
    summary: t.exposeString("summary", { nullable: true }),
    files: t.field({
      type: [EvidenceFileRef],
      extensions: { maxItems: 10 },
      resolve: (s) => s.evidence,
    }),
    revisions: t.field({
      type: [RevisionRef],
      extensions: { maxItems: 10 },
      description: "Earlier versions, newest first.",
      resolve: (s) => s.revisions,
    }),
  }),
});

const UnitReportRef = builder.objectRef<UnitReportRow>("UnitReport").implement({
  description: "One period of a unit's reports: the period, the unit's timing and its submission.",
  fields: (t) => ({
    unitId: t.exposeID("unitId"),
    period: t.prismaField({ type: "ReportPeriod", resolve: (_q, r) => asPeriod(r.period) }),
    timing: t.field({ type: ReportTimingRef, resolve: (r) => r.cell }),
    submission: t.field({
      type: ReportSubmissionRef,
      nullable: true,
      resolve: (r, _args, ctx) => (r.cell.submissionId ? loadSubmission(ctx, r.cell.submissionId) : null),
    }),
    viewerCanSubmit: t.exposeBoolean("viewerCanSubmit"),
  }),
});

const ComplianceCountsRef = builder.objectRef<ComplianceRow["counts"]>("ComplianceCounts").implement({
  fields: (t) => ({
    onTime: t.exposeInt("onTime"),
    late: t.exposeInt("late"),
    missing: t.exposeInt("missing"),
    pending: t.exposeInt("pending"),
    notReported: t.exposeInt("notReported", { description: "late + missing (a late report counts as not reported)" }),
  }),
});

const ComplianceRowRef = builder.objectRef<ComplianceRow>("ComplianceRow").implement({
  fields: (t) => ({
    unitId: t.exposeID("unitId"),
    unitName: t.exposeString("unitName"),
    unitTypeId: t.exposeID("unitTypeId"),
    unitTypeName: t.exposeString("unitTypeName"),
    cells: t.field({ type: [ReportTimingRef], extensions: { maxItems: 8 }, resolve: (r) => r.cells }),
    counts: t.field({ type: ComplianceCountsRef, resolve: (r) => r.counts }),
  }),
});

const ComplianceMatrixRef = builder.objectRef<ComplianceMatrix>("ComplianceMatrix").implement({
  description: "Units × report periods of a year, on the server's day.",
  fields: (t) => ({
    asOf: t.expose("asOf", { type: "DateTime" }),
    periods: t.prismaField({
      type: ["ReportPeriod"],
      extensions: { maxItems: 8 },
      resolve: (_q, m) => m.periods.map(asPeriod),
    }),
    rows: t.field({ type: [ComplianceRowRef], resolve: (m) => m.rows }),
    totals: t.field({ type: ComplianceCountsRef, resolve: (m) => m.totals }),
  }),
});

const ComplianceFilterInput = builder.inputType("ComplianceFilter", {
  fields: (t) => ({
    unitTypeId: t.id({ required: false }),
    status: t.field({ type: ReportStatusEnum, required: false, description: "Units with at least one such cell." }),
  }),
});

builder.prismaObjectFields("EvaluationYear", (t) => ({
  reportRule: t.field({
    type: ReportRuleKeyEnum,
    description: "The year's periodic-report rule.",
    select: { reportRule: true },
    resolve: (y) => reportRuleKey(jsonColumns.reportRule.parse(y.reportRule)),
  }),
  viewerCanSetReportRule: t.boolean({
    select: { status: true },
    resolve: (y, _a, ctx) => can(ctx.viewer, "year.reportRule", { type: "EvaluationYear", yearStatus: y.status }),
  }),
  viewerCanExtendReports: t.boolean({
    select: { status: true },
    resolve: (y, _a, ctx) => can(ctx.viewer, "report.extend", { type: "EvaluationYear", yearStatus: y.status }),
  }),
  viewerCanReadCompliance: t.boolean({
    select: { status: true },
    resolve: (y, _a, ctx) => can(ctx.viewer, "report.readCompliance", { type: "EvaluationYear", yearStatus: y.status }),
  }),
  reportCompliance: t.field({
    type: ComplianceMatrixRef,
    nullable: true,
    description: "The compliance matrix (null for a viewer who may not read it: Home Affairs, leadership, admin may).",
    args: { filter: t.arg({ type: ComplianceFilterInput, required: false }) },
    select: { id: true, status: true },
    resolve: (y, { filter }, ctx) =>
      can(ctx.viewer, "report.readCompliance", { type: "EvaluationYear", yearStatus: y.status })
        ? complianceMatrix(operation(ctx), y.id, {
            unitTypeId: filter?.unitTypeId ? String(filter.unitTypeId) : null,
            status: filter?.status ? STATUS_IN[filter.status as keyof typeof STATUS_IN] : null,
          })
        : null,
  }),
  unitReports: t.field({
    type: [UnitReportRef],
    extensions: { maxItems: 8 },
    description:
      "A unit's reports of the year (its officer; Home Affairs, leadership, admin). Without unitId: the viewer's unit. " +
      "Empty when the viewer may not read them.",
    args: { unitId: t.arg.id({ required: false }) },
    select: { id: true },
    resolve: async (y, { unitId }, ctx) => {
      const unit = unitId ? String(unitId) : ctx.viewer?.unitId;
      if (!unit || !ctx.viewer) return [];
      try {
        return (await unitReports(operation(ctx), { yearId: y.id, unitId: unit })).rows;
      } catch (e) {
        if (e instanceof ForbiddenError || e instanceof NotFoundError) return [];
        throw e;
      }
    },
  }),
}));

// --- writes

const SetReportRuleInput = builder.inputType("SetReportRuleInput", {
  fields: (t) => ({
    yearId: t.id({ required: true }),
    rule: t.field({ type: ReportRuleKeyEnum, required: true, description: "SEED or NATIONAL." }),
    version: t.int({ required: true, description: "The year's version seen." }),
  }),
});

const GrantReportExtensionInput = builder.inputType("GrantReportExtensionInput", {
  fields: (t) => ({
    periodId: t.id({ required: true }),
    unitId: t.id({ required: false, description: "Absent: every unit of the year." }),
    untilDate: t.field({ type: "Date", required: true, description: "The new last on-time day." }),
    reason: t.string({ required: true }),
  }),
});

const SubmitReportInput = builder.inputType("SubmitReportInput", {
  fields: (t) => ({
    periodId: t.id({ required: true }),
    unitId: t.id({ required: true }),
    summary: t.string({ required: true }),
    documentNumber: t.string({ required: true }),
    fileIds: t.idList({ required: true, description: "Files uploaded with POST /files for the same year and unit." }),
    version: t.int({ required: false, description: "The submission's version seen, to resubmit." }),
  }),
});

const SetReportRuleSuccess = builder
  .objectRef<{ yearId: string; changedPeriods: number }>("SetReportRuleSuccess")
  .implement({
    fields: (t) => ({
      changedPeriods: t.exposeInt("changedPeriods"),
      year: t.prismaField({
        type: "EvaluationYear",
        resolve: (query, r, _a, ctx) =>
          ctx.prisma.evaluationYear.findUniqueOrThrow({ ...query, where: { id: r.yearId } }),
      }),
    }),
  });

const GrantReportExtensionSuccess = builder
  .objectRef<{ extensionId: string; periodId: string }>("GrantReportExtensionSuccess")
  .implement({ fields: (t) => ({ extensionId: t.exposeID("extensionId"), periodId: t.exposeID("periodId") }) });

const SubmitReportSuccess = builder
  .objectRef<{ submissionId: string; resubmitted: boolean }>("SubmitReportSuccess")
  .implement({
    fields: (t) => ({
      resubmitted: t.exposeBoolean("resubmitted"),
      submission: t.field({
        type: ReportSubmissionRef,
        resolve: async (r, _a, ctx) => (await loadSubmission(ctx, r.submissionId))!,
      }),
    }),
  });

const ERRORS = [ConflictError, ForbiddenError, NotFoundError, ValidationError];

builder.mutationFields((t) => ({
  setReportRule: t.field({
    type: SetReportRuleSuccess,
    description:
      "Home Affairs chooses the year's periodic-report rule; the periods' due dates are recomputed. Refused once the " +
      "results are locked. Versioned and audited.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "SetReportRuleResult" } },
    args: { input: t.arg({ type: SetReportRuleInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      setReportRule(operation(ctx), {
        yearId: String(input.yearId),
        rule: input.rule as "SEED" | "NATIONAL",
        version: input.version,
      }),
  }),
  grantReportExtension: t.field({
    type: GrantReportExtensionSuccess,
    description:
      "Home Affairs gives a period more time, for one unit or all, with a reason (the latest wins). Audited.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "GrantReportExtensionResult" } },
    args: { input: t.arg({ type: GrantReportExtensionInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      grantReportExtension(operation(ctx), {
        periodId: String(input.periodId),
        unitId: input.unitId == null ? null : String(input.unitId),
        untilDate: String(input.untilDate),
        reason: input.reason,
      }),
  }),
  submitReport: t.field({
    type: SubmitReportSuccess,
    description:
      "A unit's officer sends (or resends) the unit's report for a period: files, summary, document number. The " +
      "server's time decides; a resubmission keeps the earlier version and the first sending time. Audited.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "SubmitReportResult" } },
    args: { input: t.arg({ type: SubmitReportInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      submitReport(operation(ctx), {
        periodId: String(input.periodId),
        unitId: String(input.unitId),
        summary: input.summary,
        documentNumber: input.documentNumber,
        fileIds: input.fileIds.map(String),
        version: input.version ?? null,
      }),
  }),
}));

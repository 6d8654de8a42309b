// Every audited action with the shape of its before/after, in one catalogue. `writeAudit` accepts
// only these events, so an entry's snapshot always matches its action and can be read back typed.
import {
  CycleStageSchema,
  EntrySourceSchema,
  RoleSchema,
  TaskStatus,
  TimingKindDb,
  YearStatusSchema,
} from "./enum-schemas.js";
import { z } from "zod";
import { REGISTRATION_AUDIT_EVENTS } from "../registration/registration-audit.js";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The fields of a plan task that `plan_task.update` records. */
export const planTaskSnapshot = z.object({
  version: z.number().int(),
  status: TaskStatus,
  timingKind: TimingKindDb,
  windowStart: isoDate.nullable(),
  windowEnd: isoDate.nullable(),
  dueDate: isoDate.nullable(),
  timingOverridden: z.boolean(),
  timingNote: z.string().nullable(),
  /** Home Affairs' hand-set status (absent in entries written before the roll-up existed) */
  statusOverride: TaskStatus.nullable().optional(),
  statusOverrideReason: z.string().nullable().optional(),
});
export type PlanTaskSnapshot = z.infer<typeof planTaskSnapshot>;

/** The fields of a user that `user.create` / `user.update` record (never a password or its hash). */
export const userSnapshot = z.object({
  version: z.number().int(),
  email: z.string(),
  fullName: z.string(),
  roles: z.array(RoleSchema),
  unitId: z.string().nullable(),
  active: z.boolean(),
});
export type UserSnapshot = z.infer<typeof userSnapshot>;

export const yearStatusSnapshot = z.object({ version: z.number().int(), status: YearStatusSchema });

/** The fields of a score entry that `score_entry.save` records. */
export const scoreEntrySnapshot = z.object({
  version: z.number().int(),
  points: z.number().nullable(),
  inputs: z.record(z.string(), z.json()).nullable(),
  comment: z.string().nullable(),
  reasonCode: z.string().nullable(),
  /** the entry's evidence files, when the save set them */
  evidenceFileIds: z.array(z.string()).optional(),
});
export type ScoreEntrySnapshot = z.infer<typeof scoreEntrySnapshot>;

/** The fields of a year's results snapshot that `results.lock` / `approve` / `publish` record. */
export const resultSnapshotState = z.object({
  version: z.number().int(),
  lockedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** units ranked in the snapshot */
  units: z.number().int(),
});

/** A framework node as the framework editor's events record it (method: the domain's ScoringMethod). */
export const frameworkNodeSnapshot = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  maxPoints: z.number(),
  method: z.record(z.string(), z.json()).nullable(),
  scoreSource: z.string().nullable(),
  appliesTo: z.array(z.string()),
  evidenceHint: z.string().nullable(),
  sumReason: z.string().nullable(),
});
export type FrameworkNodeSnapshot = z.infer<typeof frameworkNodeSnapshot>;

/** Ancestors whose maximum followed their children's sum after an edit. */
const pointsCarriedUp = z.array(z.object({ code: z.string(), before: z.number(), after: z.number() }));

/** A bonus or penalty as `adjustment.save` / `adjustment.delete` record it. */
export const adjustmentSnapshot = z.object({
  version: z.number().int(),
  yearId: z.string(),
  unitId: z.string(),
  kind: z.enum(["BONUS", "PENALTY"]),
  points: z.number(),
  reason: z.string(),
  evidenceFileIds: z.array(z.string()),
});
export type AdjustmentSnapshot = z.infer<typeof adjustmentSnapshot>;

/** A corrective action as `corrective_action.*` record it (each step also writes a CorrectiveActionEvent). */
export const correctiveActionSnapshot = z.object({
  version: z.number().int(),
  findingId: z.string(),
  ownerUnitId: z.string(),
  description: z.string(),
  dueDate: isoDate,
  status: z.enum(["OPEN", "SUBMITTED", "VERIFIED", "REOPENED"]),
  fixNote: z.string().nullable(),
  evidenceFileIds: z.array(z.string()),
});
export type CorrectiveActionSnapshot = z.infer<typeof correctiveActionSnapshot>;

/** An inspection visit as `inspection_visit.*` record it (instants as ISO strings). */
export const visitSnapshot = z.object({
  version: z.number().int(),
  yearId: z.string(),
  unitId: z.string(),
  status: z.enum(["PLANNED", "NOTIFIED", "IN_PROGRESS", "MINUTES_RECORDED", "CONCLUDED", "CANCELLED"]),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string().nullable(),
  scopeText: z.string().nullable(),
  scopeNodeIds: z.array(z.string()),
  team: z.array(
    z.object({
      userId: z.string().nullable(),
      name: z.string(),
      isLead: z.boolean(),
      organization: z.string().nullable(),
    }),
  ),
  cancelReason: z.string().nullable(),
});
export type VisitSnapshot = z.infer<typeof visitSnapshot>;

/** A year's inspection plan as `inspection_plan.save` records it. */
export const inspectionPlanSnapshot = z.object({
  version: z.number().int(),
  yearId: z.string(),
  title: z.string(),
  planTaskId: z.string().nullable(),
});

/** A year's periodic-report rule and the periods' last on-time days as `report.set_rule` records them. */
export const reportRuleSnapshot = z.object({
  version: z.number().int(),
  rule: z.string(),
  dueDates: z.record(z.string(), isoDate),
});

/** A report submission as `report.submit` records it. */
export const reportSubmissionSnapshot = z.object({
  version: z.number().int(),
  periodId: z.string(),
  unitId: z.string(),
  submittedAt: z.string(),
  documentNumber: z.string().nullable(),
  summary: z.string().nullable(),
  fileIds: z.array(z.string()),
});
export type ReportSubmissionSnapshotT = z.infer<typeof reportSubmissionSnapshot>;

/** One unit's part of a plan task as `task_progress.report` records it. */
export const taskProgressSnapshot = z.object({
  version: z.number().int(),
  role: z.enum(["LEAD", "COORDINATING"]),
  status: TaskStatus,
  percent: z.number().int(),
  comment: z.string().nullable(),
  evidenceFileIds: z.array(z.string()),
});
export type TaskProgressSnapshot = z.infer<typeof taskProgressSnapshot>;

/** A finding recorded on the spot as `finding.*` record it (photos: the evidence files linked to it). */
export const findingSnapshot = z.object({
  version: z.number().int(),
  visitId: z.string(),
  kind: z.enum(["WEAKNESS", "GOOD_PRACTICE"]),
  severity: z.enum(["LOW", "MEDIUM", "HIGH"]).nullable(),
  frameworkNodeId: z.string().nullable(),
  description: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  photoFileIds: z.array(z.string()),
});
export type FindingSnapshot = z.infer<typeof findingSnapshot>;

/** A visit's minutes as `visit.record_minutes` / `visit.conclude` record them. */
export const visitMinutesSnapshot = z.object({
  version: z.number().int(),
  status: z.string(),
  minutesNumber: z.string().nullable(),
  place: z.string().nullable(),
  minutes: z.string().nullable(),
  conclusions: z.string().nullable(),
  minutesFileId: z.string().nullable(),
});
export type VisitMinutesSnapshot = z.infer<typeof visitMinutesSnapshot>;

/** A survey round as `survey.create` records it. */
export const surveyRoundSnapshot = z.object({
  yearId: z.string(),
  kind: z.string(),
  periodCode: z.string(),
  title: z.string(),
  targetPercent: z.number().int(),
  startsOn: isoDate.nullable(),
  endsOn: isoDate.nullable(),
});

/** An imported file of survey respondents: its round, name, rows and the units it touched. */
export const surveyImportSnapshot = z.object({
  surveyId: z.string(),
  fileName: z.string(),
  rowCount: z.number().int(),
  unitIds: z.array(z.string()),
});

/** One unit's aggregate counts in a round, per aspect (five levels, or A–D). */
export const surveyCountsSnapshot = z.object({
  unitId: z.string(),
  rows: z.array(
    z.object({
      aspect: z.string(),
      version: z.number().int(),
      levels: z.array(z.number().int()),
      letters: z.array(z.number().int()),
    }),
  ),
});
export type SurveyCountsSnapshot = z.infer<typeof surveyCountsSnapshot>;

export const auditEvent = z.discriminatedUnion("action", [
  /** Home Affairs added a task to a year's plan by hand. */
  z.object({
    action: z.literal("plan_task.create"),
    entity: z.literal("PlanTask"),
    entityId: z.string(),
    after: z.object({
      code: z.string(),
      areaId: z.string(),
      text: z.string(),
      timePhrase: z.string(),
      position: z.number().int(),
      leadUnitIds: z.array(z.string()),
      coordinatingUnitIds: z.array(z.string()),
    }),
  }),
  /** Home Affairs added (before null) or renamed an area of a year's plan. */
  z.object({
    action: z.literal("plan_area.save"),
    entity: z.literal("PlanArea"),
    entityId: z.string(),
    before: z.object({ code: z.string(), name: z.string(), position: z.number().int() }).nullable(),
    after: z.object({ code: z.string(), name: z.string(), position: z.number().int() }),
  }),
  /** Home Affairs corrected a task's texts (a new time phrase recomputes its dates). */
  z.object({
    action: z.literal("plan_task.update_text"),
    entity: z.literal("PlanTask"),
    entityId: z.string(),
    before: z.object({
      text: z.string(),
      leadLabel: z.string(),
      coordinatingLabel: z.string(),
      timePhrase: z.string(),
    }),
    after: z.object({ text: z.string(), leadLabel: z.string(), coordinatingLabel: z.string(), timePhrase: z.string() }),
  }),
  /** Home Affairs moved a task within its area (it swapped places with `swappedWith`). */
  z.object({
    action: z.literal("plan_task.move"),
    entity: z.literal("PlanTask"),
    entityId: z.string(),
    after: z.object({ code: z.string(), from: z.number().int(), to: z.number().int(), swappedWith: z.string() }),
  }),
  /** A unit reported its part of a task; `taskStatus` is the task's status after the roll-up. */
  z.object({
    action: z.literal("task_progress.report"),
    entity: z.literal("TaskProgress"),
    entityId: z.string(),
    /** null for the unit's first report */
    before: taskProgressSnapshot.nullable(),
    after: taskProgressSnapshot.extend({ taskId: z.string(), unitId: z.string(), taskStatus: TaskStatus }),
  }),
  z.object({
    action: z.literal("plan_task.update"),
    entity: z.literal("PlanTask"),
    entityId: z.string(),
    before: planTaskSnapshot,
    after: planTaskSnapshot,
    reason: z.string().nullable(),
  }),
  z.object({ action: z.literal("auth.login"), entity: z.literal("User"), entityId: z.string() }),
  z.object({
    action: z.literal("auth.login_failed"),
    entity: z.literal("User"),
    /** The account, when the email names one. */
    entityId: z.string().nullable(),
    after: z.object({ email: z.string() }),
  }),
  z.object({ action: z.literal("auth.logout"), entity: z.literal("User"), entityId: z.string() }),
  z.object({
    action: z.literal("auth.login_throttled"),
    entity: z.literal("User"),
    entityId: z.null(),
    after: z.object({ email: z.string(), retryAfterSeconds: z.number().int(), locked: z.boolean() }),
  }),
  /** Every session of the person ended (by themselves, or because of a password change, reset or deactivation). */
  z.object({
    action: z.literal("auth.logout_everywhere"),
    entity: z.literal("User"),
    entityId: z.string(),
    after: z.object({ sessionsEnded: z.number().int() }),
  }),
  z.object({ action: z.literal("user.create"), entity: z.literal("User"), entityId: z.string(), after: userSnapshot }),
  z.object({
    action: z.literal("user.update"),
    entity: z.literal("User"),
    entityId: z.string(),
    before: userSnapshot,
    after: userSnapshot,
  }),
  /** A password set by the administrator (never the password itself). */
  z.object({ action: z.literal("user.password_reset"), entity: z.literal("User"), entityId: z.string() }),
  /** A password changed by its owner. */
  z.object({ action: z.literal("user.password_change"), entity: z.literal("User"), entityId: z.string() }),
  z.object({
    action: z.literal("year.status_change"),
    entity: z.literal("EvaluationYear"),
    entityId: z.string(),
    before: yearStatusSnapshot,
    after: yearStatusSnapshot,
    reason: z.string().nullable(),
  }),
  z.object({
    action: z.literal("score_entry.save"),
    entity: z.literal("ScoreEntry"),
    entityId: z.string(),
    /** null for a new entry */
    before: scoreEntrySnapshot.nullable(),
    after: scoreEntrySnapshot.extend({ source: EntrySourceSchema, unitId: z.string(), leafCode: z.string() }),
  }),
  z.object({
    action: z.literal("stage.reopen_unit"),
    entity: z.literal("Unit"),
    entityId: z.string(),
    after: z.object({
      yearId: z.string(),
      stage: CycleStageSchema,
      untilOn: z.string(),
      /** the unit had submitted the stage: the submission was removed so it can write again */
      clearedSubmission: z.boolean().optional(),
    }),
    reason: z.string(),
  }),
  /** An evidence file stored for a unit (never its bytes). */
  z.object({
    action: z.literal("evidence.upload"),
    entity: z.literal("EvidenceFile"),
    entityId: z.string(),
    after: z.object({
      yearId: z.string(),
      unitId: z.string(),
      fileName: z.string(),
      mimeType: z.string(),
      sizeBytes: z.number().int(),
      sha256: z.string(),
    }),
  }),
  /** A unit submitted a stage (self-assessment, explanation): its entries of that stage are read-only. */
  z.object({
    action: z.literal("stage.submit"),
    entity: z.literal("Unit"),
    entityId: z.string(),
    after: z.object({ yearId: z.string(), stage: CycleStageSchema, submissionId: z.string() }),
  }),
  /** Periodic reports: the year's due-date rule (with the periods' last on-time days), an extension, a (re)submission. */
  z.object({
    action: z.literal("report.set_rule"),
    entity: z.literal("EvaluationYear"),
    entityId: z.string(),
    before: reportRuleSnapshot,
    after: reportRuleSnapshot,
  }),
  z.object({
    action: z.literal("report.extend"),
    entity: z.literal("ReportExtension"),
    entityId: z.string(),
    after: z.object({ periodId: z.string(), unitId: z.string().nullable(), untilDate: isoDate }),
    reason: z.string(),
  }),
  /** A person created (or replaced) their private calendar feed link; the old link stops working. */
  z.object({
    action: z.literal("calendar_feed.create"),
    entity: z.literal("User"),
    entityId: z.string(),
    after: z.object({ replaced: z.boolean() }),
  }),
  z.object({
    action: z.literal("report.submit"),
    entity: z.literal("ReportSubmission"),
    entityId: z.string(),
    /** null for the first submission */
    before: reportSubmissionSnapshot.nullable().default(null),
    after: reportSubmissionSnapshot,
  }),
  z.object({
    action: z.literal("adjustment.save"),
    entity: z.literal("UnitAdjustment"),
    entityId: z.string(),
    /** null (absent once read back) for a new adjustment */
    before: adjustmentSnapshot.nullable().default(null),
    after: adjustmentSnapshot,
  }),
  z.object({
    action: z.literal("adjustment.delete"),
    entity: z.literal("UnitAdjustment"),
    entityId: z.string(),
    before: adjustmentSnapshot,
  }),
  /** Surveys (SIPAS): a round created, a file of respondents imported or undone, a unit's aggregate counts saved. */
  z.object({
    action: z.literal("survey.create"),
    entity: z.literal("Survey"),
    entityId: z.string(),
    after: surveyRoundSnapshot,
  }),
  z.object({
    action: z.literal("survey.import"),
    entity: z.literal("SurveyImport"),
    entityId: z.string(),
    after: surveyImportSnapshot,
  }),
  z.object({
    action: z.literal("survey.import_delete"),
    entity: z.literal("SurveyImport"),
    entityId: z.string(),
    before: surveyImportSnapshot,
  }),
  z.object({
    action: z.literal("survey.counts_save"),
    entity: z.literal("Survey"),
    entityId: z.string(),
    before: surveyCountsSnapshot,
    after: surveyCountsSnapshot,
  }),
  /** Written by the seed (packages/db), which cannot depend on this package: the shape is kept in step here. */
  z.object({
    action: z.literal("seed.sample_year"),
    entity: z.literal("EvaluationYear"),
    entityId: z.string(),
    after: z.object({
      year: z.number().int(),
      units: z.number().int(),
      tasks: z.number().int(),
      frameworkProblems: z.number().int(),
    }),
    reason: z.string().nullable(),
  }),
  /** A year's framework started as a copy of another year's (tree, methods, caps, tiers, node links). */
  z.object({
    action: z.literal("framework.copy"),
    entity: z.literal("Framework"),
    entityId: z.string(),
    after: z.object({
      fromYearId: z.string(),
      toYearId: z.string(),
      copiedFromId: z.string(),
      nodes: z.number().int(),
      leaves: z.number().int(),
    }),
  }),
  /** The sample data played through a finished cycle and a live sample year (packages/services/src/sample). */
  z.object({
    action: z.literal("seed.sample_cycle"),
    entity: z.literal("EvaluationYear"),
    /** the live sample year */
    entityId: z.string(),
    after: z.object({
      publishedYear: z.number().int(),
      liveYear: z.number().int(),
      units: z.number().int(),
      entries: z.number().int(),
      tasksDone: z.number().int(),
    }),
    reason: z.string(),
  }),
  /** Framework editor: one node's content changed (Home Affairs). */
  z.object({
    action: z.literal("framework.update_node"),
    entity: z.literal("FrameworkNode"),
    entityId: z.string(),
    before: frameworkNodeSnapshot,
    after: frameworkNodeSnapshot.extend({ frameworkVersion: z.number().int(), pointsCarriedUp }),
  }),
  z.object({
    action: z.literal("framework.add_node"),
    entity: z.literal("FrameworkNode"),
    entityId: z.string(),
    after: frameworkNodeSnapshot.extend({
      parentCode: z.string().nullable(),
      position: z.number().int(),
      frameworkVersion: z.number().int(),
      pointsCarriedUp,
    }),
  }),
  /** A node and its subtree removed (only nodes nothing refers to). */
  z.object({
    action: z.literal("framework.remove_node"),
    entity: z.literal("FrameworkNode"),
    entityId: z.string(),
    before: frameworkNodeSnapshot.extend({ removedCodes: z.array(z.string()) }),
    after: z.object({ frameworkVersion: z.number().int(), pointsCarriedUp }),
  }),
  z.object({
    action: z.literal("framework.move_node"),
    entity: z.literal("FrameworkNode"),
    entityId: z.string(),
    before: z.object({ code: z.string(), position: z.number().int() }),
    after: z.object({ code: z.string(), position: z.number().int(), frameworkVersion: z.number().int() }),
  }),
  /** A year's framework created or replaced from a framework file. */
  z.object({
    action: z.literal("framework.import"),
    entity: z.literal("Framework"),
    entityId: z.string(),
    before: z.object({ name: z.string(), nodes: z.number().int(), version: z.number().int() }).nullable(),
    after: z.object({
      yearId: z.string(),
      name: z.string(),
      nodes: z.number().int(),
      leaves: z.number().int(),
      formatVersion: z.number().int(),
    }),
  }),
  /** The results computed and stored as the year's snapshot (null before: the first lock). */
  z.object({
    action: z.literal("results.lock"),
    entity: z.literal("ResultSnapshot"),
    entityId: z.string(),
    before: resultSnapshotState.nullable(),
    after: resultSnapshotState,
  }),
  z.object({
    action: z.literal("results.approve"),
    entity: z.literal("ResultSnapshot"),
    entityId: z.string(),
    before: resultSnapshotState,
    after: resultSnapshotState,
  }),
  z.object({
    action: z.literal("results.publish"),
    entity: z.literal("ResultSnapshot"),
    entityId: z.string(),
    before: resultSnapshotState,
    after: resultSnapshotState,
  }),
  /** Findings recorded on the spot (a replay of the same clientId writes nothing and no event). */
  z.object({
    action: z.literal("finding.record"),
    entity: z.literal("Finding"),
    entityId: z.string(),
    after: findingSnapshot,
  }),
  z.object({
    action: z.literal("finding.update"),
    entity: z.literal("Finding"),
    entityId: z.string(),
    before: findingSnapshot,
    after: findingSnapshot,
  }),
  z.object({
    action: z.literal("finding.delete"),
    entity: z.literal("Finding"),
    entityId: z.string(),
    before: findingSnapshot,
  }),
  /** The minutes recorded (IN_PROGRESS → MINUTES_RECORDED, or corrected before the conclusion). */
  z.object({
    action: z.literal("visit.record_minutes"),
    entity: z.literal("InspectionVisit"),
    entityId: z.string(),
    before: visitMinutesSnapshot,
    after: visitMinutesSnapshot,
  }),
  /** The year's annual report issued: number, date, signer, recipients and the SHA-256 of the DOCX and PDF kept as issued. */
  z.object({
    action: z.literal("annual_report.issue"),
    entity: z.literal("AnnualReport"),
    entityId: z.string(),
    before: z.null(),
    after: z.object({
      yearId: z.string(),
      number: z.string(),
      issuedOn: isoDate,
      signerName: z.string(),
      signerTitle: z.string(),
      recipients: z.array(z.string()),
      docxSha256: z.string(),
      pdfSha256: z.string(),
    }),
  }),
  /** The visit concluded: the minutes file issued (its SHA-256) and kept as issued. */
  z.object({
    action: z.literal("visit.conclude"),
    entity: z.literal("InspectionVisit"),
    entityId: z.string(),
    before: visitMinutesSnapshot,
    after: visitMinutesSnapshot.extend({ minutesSha256: z.string() }),
  }),
  /** Corrective actions after an inspection: created from a weakness, fix submitted, verified, reopened with a reason. */
  z.object({
    action: z.literal("corrective_action.create"),
    entity: z.literal("CorrectiveAction"),
    entityId: z.string(),
    after: correctiveActionSnapshot,
  }),
  z.object({
    action: z.literal("corrective_action.submit_fix"),
    entity: z.literal("CorrectiveAction"),
    entityId: z.string(),
    before: correctiveActionSnapshot,
    after: correctiveActionSnapshot,
  }),
  z.object({
    action: z.literal("corrective_action.verify"),
    entity: z.literal("CorrectiveAction"),
    entityId: z.string(),
    before: correctiveActionSnapshot,
    after: correctiveActionSnapshot,
  }),
  z.object({
    action: z.literal("corrective_action.reopen"),
    entity: z.literal("CorrectiveAction"),
    entityId: z.string(),
    before: correctiveActionSnapshot,
    after: correctiveActionSnapshot,
    reason: z.string(),
  }),
  /** The year's inspection plan created or changed (title, the plan task that orders it). */
  z.object({
    action: z.literal("inspection_plan.save"),
    entity: z.literal("InspectionPlan"),
    entityId: z.string(),
    before: inspectionPlanSnapshot.nullable().default(null),
    after: inspectionPlanSnapshot,
  }),
  /** An inspection visit scheduled (conflicts checked in the same transaction). */
  z.object({
    action: z.literal("inspection_visit.create"),
    entity: z.literal("InspectionVisit"),
    entityId: z.string(),
    after: visitSnapshot,
  }),
  /** A visit's day, window, place, team or scope changed, or a step taken (notify, start, cancel with a reason). */
  ...(
    ["inspection_visit.update", "inspection_visit.notify", "inspection_visit.start", "inspection_visit.cancel"] as const
  ).map((action) =>
    z.object({
      action: z.literal(action),
      entity: z.literal("InspectionVisit"),
      entityId: z.string(),
      before: visitSnapshot,
      after: visitSnapshot,
      reason: z.string().nullable().default(null),
    }),
  ),
  ...REGISTRATION_AUDIT_EVENTS,
]);
export type AuditEvent = z.infer<typeof auditEvent>;
export type AuditAction = AuditEvent["action"];
export const AUDIT_ACTIONS = auditEvent.options.map((o) => o.shape.action.value);

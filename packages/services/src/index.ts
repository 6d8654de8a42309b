// @cchc/services — business operations, one per file (`<area>/<verb-noun>.ts`): validate, check
// access on the object, check the version, write in one transaction with a typed audit event.
// Called by the API's resolvers, scripts and report generators alike.
export * from "./errors.js";
export type { OperationContext, Tx } from "./context.js";
export {
  auditEvent,
  AUDIT_ACTIONS,
  planTaskSnapshot,
  type AuditEvent,
  type AuditAction,
  type PlanTaskSnapshot,
} from "./audit/catalogue.js";
export { writeAudit, readAudit } from "./audit/write-audit.js";
export { PLAN_TASK_RESOURCE_SELECT, planTaskResource } from "./plan/plan-task-resource.js";
export { updatePlanTask } from "./plan/update-plan-task.js";
export { createSession, viewerFromToken, hashToken, SESSION_HOURS } from "./auth/sessions.js";
export { logIn, type LogInInput } from "./auth/log-in.js";
export { logOut } from "./auth/log-out.js";
export { frameworkFromRows, type FrameworkRow } from "./framework/framework-from-rows.js";
export { validate } from "./validate.js";
export { requireAllowed } from "./users/require-viewer.js";
export { LoginThrottledError, DemoPasswordRefusedError, type LogInOptions } from "./auth/log-in.js";
export { logOutEverywhere } from "./auth/log-out-everywhere.js";
export { createUser } from "./users/create-user.js";
export { updateUser } from "./users/update-user.js";
export { resetPassword } from "./users/reset-password.js";
export { changePassword } from "./users/change-password.js";
export type { PasswordPolicy } from "./users/password-policy.js";
export { setYearStatus, type SetYearStatusInput } from "./year/set-year-status.js";
export { accountThrottleKey } from "./auth/login-throttle-store.js";
export { StageClosedError } from "./errors.js";
export { nodeFromRow } from "./framework/framework-from-rows.js";
export { saveScoreEntry, type SaveScoreEntryRequest } from "./scoring/save-score-entry.js";
export { reopenUnitStage, type ReopenUnitStageInput } from "./scoring/reopen-unit-stage.js";
export { submitUnitStage, type SubmitUnitStageInput } from "./scoring/submit-unit-stage.js";
export { unitCycle, type UnitCycle, type UnitCycleStage } from "./scoring/unit-cycle.js";
export {
  type UnitCycleSummary,
  type UnitSummaryStage,
  unitCycleSummaries,
} from "./scoring/unit-cycle-summaries.js";
export { saveUnitAdjustment } from "./scoring/save-unit-adjustment.js";
export { deleteUnitAdjustment, type DeleteUnitAdjustmentInput } from "./scoring/delete-unit-adjustment.js";
export { type FileStorage, folderStorage, newStorageKey } from "./evidence/storage.js";
export {
  checkEvidenceUpload,
  storeEvidenceFile,
  type EvidenceContext,
  type StoreEvidenceFileInput,
} from "./evidence/store-evidence-file.js";
export { readEvidenceFile } from "./evidence/read-evidence-file.js";
export { FileRejectedError } from "./evidence/file-rejected-error.js";
export { computeYearResults, rankYearResults } from "./results/compute-year-results.js";
export { unitScoreInputs } from "./results/unit-score-inputs.js";
export {
  loadYearResultsData,
  type YearResultsData,
  type ResultUnit,
  type ResultEntry,
  type ResultAdjustment,
} from "./results/year-results-data.js";
export { type ResultRow, type SnapshotResults, parseSnapshotResults } from "./results/result-rows.js";
export { yearResults, type YearResults } from "./results/year-results.js";
export { cachedYearResults, yearResultsComputations, yearResultsKey } from "./results/year-results-cache.js";
export { unitScorecard, type UnitScorecard, type ScorecardLeaf } from "./results/unit-scorecard.js";
export { whatIfResults, type WhatIfResults, type WhatIfResultsInput } from "./results/what-if-results.js";
export { lockResults } from "./results/lock-results.js";
export { approveResults } from "./results/approve-results.js";
export { publishResults } from "./results/publish-results.js";
export type { ResultSnapshotInput } from "./results/snapshot-state.js";
export { publicResults, type PublicResults, type PublicResultGroup } from "./results/public-results.js";
export { copyFramework, type CopyFrameworkInput } from "./framework/copy-framework.js";
export { frameworkNodeSnapshot, type FrameworkNodeSnapshot } from "./audit/catalogue.js";
export { updateFrameworkNode } from "./framework/update-framework-node.js";
export { addFrameworkNode } from "./framework/add-framework-node.js";
export { removeFrameworkNode } from "./framework/remove-framework-node.js";
export { moveFrameworkNode } from "./framework/move-framework-node.js";
export { importFramework, type ImportFrameworkInput } from "./framework/import-framework.js";
export { exportFramework } from "./framework/export-framework.js";
export { saveScoreEntries, type SaveScoreEntriesInput } from "./scoring/save-score-entries.js";
export { seedSampleCycle, type SampleCycleResult } from "./sample/seed-sample-cycle.js";
export { createCorrectiveAction } from "./inspection/create-corrective-action.js";
export { submitActionFix } from "./inspection/submit-action-fix.js";
export { verifyCorrectiveAction } from "./inspection/verify-corrective-action.js";
export { reopenCorrectiveAction } from "./inspection/reopen-corrective-action.js";
export {
  correctiveActionsWhere,
  inspectionLeafSummaries,
  type CorrectiveActionFilter,
  type InspectionLeafSummary,
} from "./inspection/corrective-action-list.js";
export { reportTaskProgress, writeTaskPart } from "./plan/report-task-progress.js";
export { overrideTaskStatus } from "./plan/override-task-status.js";
export { saveInspectionPlan } from "./inspection/save-inspection-plan.js";
export { createInspectionVisit } from "./inspection/create-inspection-visit.js";
export { updateInspectionVisit } from "./inspection/update-inspection-visit.js";
export { notifyInspectionVisit } from "./inspection/notify-inspection-visit.js";
export { startInspectionVisit } from "./inspection/start-inspection-visit.js";
export { cancelInspectionVisit } from "./inspection/cancel-inspection-visit.js";
export { VisitConflictError } from "./inspection/visit-conflict-error.js";
export { VisitStepError } from "./inspection/visit-step-error.js";
export { VISIT_RESOURCE_SELECT, visitResource, visitReadWhere } from "./inspection/visit-resource.js";
export { recordFinding, type RecordFindingResult } from "./inspection/record-finding.js";
export { updateFinding } from "./inspection/update-finding.js";
export { deleteFinding } from "./inspection/delete-finding.js";
export { recordVisitMinutes } from "./inspection/record-visit-minutes.js";
export { concludeVisit } from "./inspection/conclude-visit.js";
export { readVisitMinutes, type VisitMinutesFile } from "./inspection/read-visit-minutes.js";
export { FindingsClosedError, MinutesStepError } from "./inspection/visit-step-errors.js";
export {
  visitMinutesDocx,
  visitMinutesDocument,
  type VisitMinutesData,
  MINUTES_PAGE,
} from "./inspection/visit-minutes-docx.js";
export { visitMinutesData } from "./inspection/visit-minutes-data.js";
export { createSurveyRound } from "./survey/create-survey-round.js";
export { importSurveyRespondents, respondentFingerprint } from "./survey/import-survey-respondents.js";
export { saveSurveyCounts } from "./survey/save-survey-counts.js";
export { deleteSurveyImport } from "./survey/delete-survey-import.js";
export { surveyTemplateCsv, surveyTemplateXlsx } from "./survey/survey-template.js";
export { surveyRates, surveyRatesOf, SURVEY_COUNT_SELECT, type SurveyRates } from "./survey/survey-rates.js";
export { SurveyFileError, SURVEY_FILE_PROBLEMS_SHOWN } from "./survey/survey-file-error.js";
export { requireSurveyRound } from "./survey/survey-round.js";
export { setReportRule } from "./reports/set-report-rule.js";
export { grantReportExtension } from "./reports/grant-report-extension.js";
export { submitReport } from "./reports/submit-report.js";
export {
  complianceMatrix,
  type ComplianceMatrix,
  type ComplianceRow,
  type ComplianceCell,
  type ComplianceFilter,
} from "./reports/compliance-matrix.js";
export { complianceXlsx, COMPLIANCE_FILL } from "./reports/compliance-xlsx.js";
export { unitReports, type UnitReportRow } from "./reports/my-reports.js";
export { viewerDeadlines, loadDeadlineSources } from "./reports/my-deadlines.js";
export { createCalendarFeed, hasCalendarFeed, calendarFeed, CALENDAR_FEED_DAYS } from "./reports/calendar-feed.js";
export type { PeriodFacts } from "./reports/report-facts.js";
export { submitUnitPlan } from "./registration/submit-unit-plan.js";
export { saveRegistrationItem } from "./registration/save-registration-item.js";
export { deleteRegistrationItem, type DeleteRegistrationItemInput } from "./registration/delete-registration-item.js";
export { moveRegistrationItem, type MoveRegistrationItemInput } from "./registration/move-registration-item.js";
export { submitRegistration, type SubmitRegistrationInput } from "./registration/submit-registration.js";
export { acceptRegistration, type AcceptRegistrationInput } from "./registration/accept-registration.js";
export { returnRegistration, type ReturnRegistrationInput } from "./registration/return-registration.js";
export { RegistrationStatusError, requireRegistrationAllowed } from "./registration/registration-access.js";
export {
  registrationExportData,
  type RegistrationExportData,
  vndDigits,
} from "./registration/registration-export.js";
export { registrationDocx } from "./registration/registration-docx.js";
export { registrationXlsx, XLSX_MIME } from "./registration/registration-xlsx.js";
export { addPlanTask } from "./plan/add-plan-task.js";
export { movePlanTask } from "./plan/move-plan-task.js";
export { importPlanXlsx } from "./plan/import-plan-xlsx.js";
export { planImportTemplate } from "./plan/plan-import-template.js";
export { addPlanArea, updatePlanArea } from "./plan/save-plan-area.js";
export { updatePlanTaskText } from "./plan/update-plan-task-text.js";
export { evaluationDashboard, type EvaluationDashboard } from "./dashboard/evaluation-dashboard.js";
export { type DashboardFilter, defaultAsOf } from "./dashboard/dashboard-scope.js";
export type { DashboardArea } from "./dashboard/dashboard-ranking.js";
export type { DashboardUnitProfile } from "./dashboard/dashboard-unit-profile.js";
export type { DashboardSatisfaction } from "./dashboard/dashboard-satisfaction.js";
export {
  loadAnnualReportData,
  type AnnualReportData,
} from "./annual-report/annual-report-data.js";
export {
  ANNUAL_REPORT_MIME,
  type AnnualReportFile,
  generateAnnualReport,
  renderAnnualReport,
} from "./annual-report/annual-report-file.js";
export { type AnnualReportIssue, annualReportContent } from "./annual-report/annual-report-content.js";
export { type IssuedAnnualReport, issueAnnualReport } from "./annual-report/issue-annual-report.js";
export { AnnualReportAlreadyIssuedError, YearNotPublishedError } from "./annual-report/annual-report-errors.js";
export { readAnnualReport } from "./annual-report/read-annual-report.js";

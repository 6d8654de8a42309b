// The access matrix's rows kept by each capability in its own file (mutation name → cases).
// Add one import and one spread per file.
import type { Case } from "./kit.js";
import { INSPECTION_VISIT_ROWS } from "./inspection-visits.js";
import { INSPECTION_FINDING_ROWS } from "./inspection-findings.js";
import { CORRECTIVE_ACTION_ROWS } from "./corrective-actions.js";
import { SURVEY_ROWS } from "./surveys.js";
import { REPORT_ROWS } from "./reports.js";
import { TASK_PROGRESS_ROWS } from "./task-progress.js";
import { REGISTRATION_ROWS } from "./registrations.js";
import { ANNUAL_REPORT_ROWS } from "./annual-report.js";

export const AREA_ROWS: Record<string, Case[]> = {
  ...INSPECTION_VISIT_ROWS,
  ...INSPECTION_FINDING_ROWS,
  ...SURVEY_ROWS,
  ...REPORT_ROWS,
  ...CORRECTIVE_ACTION_ROWS,
  ...TASK_PROGRESS_ROWS,
  ...REGISTRATION_ROWS,
  ...ANNUAL_REPORT_ROWS,
};

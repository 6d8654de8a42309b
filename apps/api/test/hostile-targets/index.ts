// The hostile-input targets kept by each capability in its own file (mutation name → target).
// Add one import and one spread per file.
import type { Target } from "./kit.js";
import { INSPECTION_VISIT_TARGETS } from "./inspection-visits.js";
import { INSPECTION_FINDING_TARGETS } from "./inspection-findings.js";
import { CORRECTIVE_ACTION_TARGETS } from "./corrective-actions.js";
import { SURVEY_TARGETS } from "./surveys.js";
import { REPORT_TARGETS } from "./reports.js";
import { TASK_PROGRESS_TARGETS } from "./task-progress.js";
import { REGISTRATION_TARGETS } from "./registrations.js";
import { ANNUAL_REPORT_TARGETS } from "./annual-report.js";

export const AREA_TARGETS: Record<string, Target> = {
  ...INSPECTION_VISIT_TARGETS,
  ...INSPECTION_FINDING_TARGETS,
  ...SURVEY_TARGETS,
  ...REPORT_TARGETS,
  ...CORRECTIVE_ACTION_TARGETS,
  ...TASK_PROGRESS_TARGETS,
  ...REGISTRATION_TARGETS,
  ...ANNUAL_REPORT_TARGETS,
};

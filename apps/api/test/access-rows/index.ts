// The access matrix's rows kept by each capability in its own file (mutation name → cases).
// Add one import and one spread per file.
import type { Case } from "./kit.js";
import { CORRECTIVE_ACTION_ROWS } from "./corrective-actions.js";
import { REPORT_ROWS } from "./reports.js";
import { TASK_PROGRESS_ROWS } from "./task-progress.js";

export const AREA_ROWS: Record<string, Case[]> = {
  ...REPORT_ROWS,
  ...TASK_PROGRESS_ROWS,
  ...CORRECTIVE_ACTION_ROWS,
};

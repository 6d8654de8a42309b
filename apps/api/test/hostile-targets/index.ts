// The hostile-input targets kept by each capability in its own file (mutation name → target).
// Add one import and one spread per file.
import type { Target } from "./kit.js";
import { CORRECTIVE_ACTION_TARGETS } from "./corrective-actions.js";
import { REPORT_TARGETS } from "./reports.js";
import { TASK_PROGRESS_TARGETS } from "./task-progress.js";

export const AREA_TARGETS: Record<string, Target> = {
  ...REPORT_TARGETS,
  ...TASK_PROGRESS_TARGETS,
  ...CORRECTIVE_ACTION_TARGETS,
};

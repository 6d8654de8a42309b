// @cchc/domain — pure rules of the CCHC platform. See README.md.

// time
export * from './time/iso-date';
export * from './time/quarter';
export * from './time/normalize-phrase';
export * from './time/time-phrase';
export * from './time/report-periods';
export * from './time/due-date-rule';
export * from './time/classify-submission';
export * from './time/unit-plan-deadline';

// money
export * from './money/vnd-amount';
export * from './money/format-vnd';
export * from './money/vnd-to-words';
export * from './money/vnd-from-words';

// framework
export * from './framework/types';
export * from './framework/default-tiers';
export * from './framework/flatten-framework';
export * from './framework/applicable-max';
export * from './framework/validate-framework';
export * from './framework/parse-tier-condition';
export * from './framework/framework-from-sample';
export * from './framework/scoring-method-schema';
export * from './framework/framework-node-input';
export * from './framework/edit-framework';
export * from './framework/framework-export';

// added by other modules of the project (kept exported)
export * from './enums';
export * from './access/permissions';
export * from './access/can';
export * from './access/login-throttle';
export * from './plan/update-plan-task-input';
export * from './users/user-input';
export * from './year/year-status';
export * from './cycle/stage-calendar';
export * from './cycle/leaf-input-from-entries';
export * from './cycle/entry-rules';
export * from './cycle/save-score-entry-input';
export * from './cycle/auto-leaves';
export * from './cycle/stage-submission';
export * from './cycle/unit-progress';
export * from './cycle/adjustment-rules';
export * from './evidence/evidence-file';
export * from './scoring/method-input-schema';
export * from './results/result-rows';
export * from './results/result-page';
export * from './plan/task-overdue';
export * from './plan/timing-override';
export * from './text/vietnamese-order';
export * from './text/input-text';
export * from './text/input-problems';

// scoring
export * from './scoring/round';
export * from './scoring/types';
export * from './scoring/evaluate-method';
export * from './scoring/resolve-leaf-score';
export * from './scoring/classify-index';
export * from './scoring/scoring-plan';
export * from './scoring/compute-unit-score';
export * from './scoring/rank-units';
export * from './scoring/what-if';
export * from './inspection/visit-status';
export * from './inspection/corrective-action';
export * from './inspection/action-summary';
export * from './inspection/visit-window';
export * from './inspection/visit-conflicts';
export * from './inspection/visit-input';
export * from './inspection/finding-input';
export * from './inspection/visit-minutes';
export * from './reports/report-rule';
export * from './reports/report-timing';
export * from './reports/report-inputs';
export * from './deadlines/my-deadlines';
export * from './deadlines/ical';
export * from './registration/unit-plan-timing';
export * from './report/annual-report';
export * from './registration/registration-item-input';
export * from './registration/registration-status';
export * from './plan/task-progress';
export * from './plan/task-override';
export * from './survey/survey-aspects';
export * from './survey/survey-rates';
export * from './survey/parse-csv';
export * from './survey/respondent-rows';
export * from './survey/survey-input';
export * from './plan/plan-edit';
export * from './plan/plan-import';
export * from './dashboard/index';

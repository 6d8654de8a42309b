// Moving an evaluation year through its stages: DRAFT → OPEN → SELF_ASSESSMENT → APPRAISAL → PUBLISHED.
// Publishing is leadership's approval; everything else is managing the year (the administrator or
// Home Affairs). Going back a stage, and above all reopening a published year, needs a reason: it
// is the one audited way to change anything of a published year.
import { YearStatus } from '../enums';
import type { Action } from '../access/can';

const ORDER = Object.values(YearStatus);

export interface YearStatusChange {
  /** The access action the change needs. */
  action: Action;
  reasonRequired: boolean;
}

export type YearStatusProblem = { code: 'SAME_STATUS'; message: string };

export function yearStatusChange(from: YearStatus, to: YearStatus): YearStatusChange | YearStatusProblem {
  if (from === to) return { code: 'SAME_STATUS', message: 'Năm đánh giá đã ở trạng thái này.' };
  if (to === YearStatus.PUBLISHED) return { action: 'year.approve', reasonRequired: false };
  const backwards = ORDER.indexOf(to) < ORDER.indexOf(from);
  return { action: 'year.manage', reasonRequired: backwards };
}

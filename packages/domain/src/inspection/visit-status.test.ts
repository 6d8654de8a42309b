import { describe, expect, it } from 'vitest';
import { VisitStatus } from '../enums';
import { canMoveVisit, visitAcceptsFindings, visitIsEditable } from './visit-status';

describe('visit steps', () => {
  it.each([
    [VisitStatus.PLANNED, VisitStatus.NOTIFIED, true],
    [VisitStatus.PLANNED, VisitStatus.IN_PROGRESS, false],
    [VisitStatus.NOTIFIED, VisitStatus.IN_PROGRESS, true],
    [VisitStatus.IN_PROGRESS, VisitStatus.MINUTES_RECORDED, true],
    [VisitStatus.MINUTES_RECORDED, VisitStatus.IN_PROGRESS, true],
    [VisitStatus.MINUTES_RECORDED, VisitStatus.CONCLUDED, true],
    [VisitStatus.IN_PROGRESS, VisitStatus.CONCLUDED, false],
    [VisitStatus.CONCLUDED, VisitStatus.CANCELLED, false],
    [VisitStatus.CANCELLED, VisitStatus.PLANNED, false],
    [VisitStatus.NOTIFIED, VisitStatus.CANCELLED, true],
  ])('%s → %s: %s', (from, to, allowed) => {
    expect(canMoveVisit(from, to)).toBe(allowed);
  });

  it.each([
    [VisitStatus.PLANNED, false, true],
    [VisitStatus.NOTIFIED, false, true],
    [VisitStatus.IN_PROGRESS, true, false],
    [VisitStatus.MINUTES_RECORDED, true, false],
    [VisitStatus.CONCLUDED, false, false],
    [VisitStatus.CANCELLED, false, false],
  ])('%s: findings %s, editable %s', (status, findings, editable) => {
    expect(visitAcceptsFindings(status)).toBe(findings);
    expect(visitIsEditable(status)).toBe(editable);
  });
});

import { describe, expect, it } from 'vitest';
import { ActionStatus } from '../enums';
import { actionSummaryText, countActions, summariseActionsBy } from './action-summary';

const now = new Date('2021-10-10T03:00:00Z');
const a = (status: ActionStatus, dueDate: string, unit: string, node: string | null) => ({
  status,
  dueDate,
  unit,
  node,
});
const actions = [
  a(ActionStatus.VERIFIED, '2021-09-30', 'u1', 'n1'),
  a(ActionStatus.VERIFIED, '2021-09-30', 'u1', 'n1'),
  a(ActionStatus.VERIFIED, '2021-12-31', 'u1', 'n2'),
  a(ActionStatus.REOPENED, '2021-09-30', 'u1', 'n1'),
  a(ActionStatus.SUBMITTED, '2021-12-31', 'u2', null),
  a(ActionStatus.OPEN, '2021-10-10', 'u2', 'n1'),
];

describe('action summary', () => {
  it.each([
    [
      'u1',
      { total: 4, verified: 3, submitted: 0, open: 1, overdue: 1 },
      '3/4 hành động khắc phục đã xác minh, 1 quá hạn',
    ],
    ['u2', { total: 2, verified: 0, submitted: 1, open: 1, overdue: 0 }, '0/2 hành động khắc phục đã xác minh'],
  ])('per unit %s', (unit, counts, text) => {
    const byUnit = summariseActionsBy(actions, (x) => x.unit, now);
    expect(byUnit.get(unit)).toEqual(counts);
    expect(actionSummaryText(byUnit.get(unit)!)).toBe(text);
  });
  it('per criterion leaves out actions of findings with no criterion', () => {
    const byNode = summariseActionsBy(actions, (x) => x.node, now);
    expect([...byNode.keys()].sort()).toEqual(['n1', 'n2']);
    expect(byNode.get('n1')).toMatchObject({ total: 4, verified: 2, overdue: 1 });
  });
  it('says so when there is nothing', () => {
    expect(actionSummaryText(countActions([], now))).toBe('Không có hành động khắc phục');
  });
});

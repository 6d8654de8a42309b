import { describe, expect, it } from 'vitest';
import { type AdjustmentContext, adjustmentProblems, otherTotal } from './score-adjustment';
import { reopenProblems } from './score-reopen';

const rows = [
  { id: 'b1', kind: 'BONUS', points: 3, version: 1 },
  { id: 'b2', kind: 'BONUS', points: 1.5, version: 2 },
  { id: 'p1', kind: 'PENALTY', points: 2, version: 1 },
];
const context = (editing: AdjustmentContext['editing'] = null): AdjustmentContext => ({
  yearId: 'y',
  unitId: 'u',
  editing,
  others: rows,
  bonusCap: 5,
  penaltyCap: 3,
  evidenceFileIds: [],
});
const problems = (
  kind: 'BONUS' | 'PENALTY',
  points: string,
  reason: string,
  editing: AdjustmentContext['editing'] = null,
) => adjustmentProblems({ kind, points, reason }, context(editing)).problems.map((p) => `${p.field}:${p.code}`);

describe('bonus and penalty within the caps (the domain rule)', () => {
  it('totals a kind without the edited one', () => {
    expect(otherTotal(rows, 'BONUS', null)).toBe(4.5);
    expect(otherTotal(rows, 'BONUS', 'b1')).toBe(1.5);
    expect(otherTotal(rows, 'PENALTY', null)).toBe(2);
  });

  it.each([
    ['a bonus up to the cap', 'BONUS', '0,5', 'Sáng kiến', null, []],
    ['a bonus over the cap', 'BONUS', '0,75', 'Sáng kiến', null, ['points:OVER_BONUS_CAP']],
    ['editing one frees its own points', 'BONUS', '3,5', 'Sáng kiến', { id: 'b1', version: 1 }, []],
    ['a penalty over its cap', 'PENALTY', '1,5', 'Chậm báo cáo', null, ['points:OVER_PENALTY_CAP']],
    ['nothing typed', 'BONUS', '', 'x', null, ['points:REQUIRED']],
    ['not a number', 'BONUS', 'một', 'x', null, ['points:INVALID_NUMBER']],
    ['zero', 'PENALTY', '0', 'x', null, ['points:NOT_POSITIVE']],
    ['no reason', 'PENALTY', '1', '  ', null, ['reason:REQUIRED']],
  ] as const)('%s', (_name, kind, points, reason, editing, expected) => {
    expect(problems(kind, points, reason, editing)).toEqual(expected);
  });

  it('sends the version seen with the id', () => {
    const { input } = adjustmentProblems(
      { kind: 'BONUS', points: '1', reason: ' Lý do ' },
      context({ id: 'b2', version: 2 }),
    );
    expect(input).toEqual({
      yearId: 'y',
      unitId: 'u',
      id: 'b2',
      version: 2,
      kind: 'BONUS',
      points: 1,
      reason: 'Lý do',
      evidenceFileIds: [],
    });
  });
});

describe('reopening a stage for a unit', () => {
  it.each([
    ['31/01/2022', 'Ốm', []],
    ['20/01/2022', 'Ốm', []], // today
    ['19/01/2022', 'Ốm', ['untilOn:IN_THE_PAST']],
    ['', 'Ốm', ['untilOn:REQUIRED']],
    ['31/02/2022', 'Ốm', ['untilOn:INVALID_DATE']],
    ['31/01/2022', ' ', ['reason:REQUIRED']],
  ])('%s, %j → %j', (untilOn, reason, expected) => {
    expect(
      reopenProblems({ stage: 'SELF_ASSESSMENT', untilOn, reason }, '2022-01-20').map((p) => `${p.field}:${p.code}`),
    ).toEqual(expected);
  });
});

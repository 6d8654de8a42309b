import { TaskStatus } from '@cchc/domain';
import { describe, expect, it } from 'vitest';
import { bucketOf, CHART_BUCKETS, tasksByAreaAndStatus, usedBuckets, type ChartTaskInput } from './chart-series';

const I = { id: 'a1', code: 'I', name: 'Cải cách thể chế', position: 1 };
const II = { id: 'a2', code: 'II', name: 'Cải cách TTHC', position: 2 };
const VII = { id: 'a7', code: 'VII', name: 'Chỉ đạo điều hành', position: 7 };

let n = 0;
const t = (area: ChartTaskInput['area'], status: ChartTaskInput['status'], overdue = false): ChartTaskInput => ({
  id: `t-${++n}`,
  area,
  status,
  overdue,
});

describe('bucketOf', () => {
  it.each([
    ['NOT_STARTED', false, 'NOT_STARTED'],
    ['NOT_STARTED', true, 'OVERDUE'],
    ['IN_PROGRESS', true, 'OVERDUE'],
    ['IN_PROGRESS', false, 'IN_PROGRESS'],
    // The server never marks a done or cancelled task overdue (domain isTaskOverdue).
    ['DONE', false, 'DONE'],
    ['CANCELLED', false, 'CANCELLED'],
  ] as const)('%s, overdue=%s → %s', (status, overdue, expected) => {
    expect(bucketOf({ status, overdue })).toBe(expected);
  });
});

describe('tasksByAreaAndStatus', () => {
  it('returns nothing for no tasks', () => {
    expect(tasksByAreaAndStatus([])).toEqual([]);
    expect(usedBuckets([])).toEqual([]);
  });

  it('counts per area and bucket, ordered by area position, stacks summing to the total', () => {
    const rows = tasksByAreaAndStatus([
      t(VII, 'DONE'),
      t(I, 'DONE'),
      t(I, 'IN_PROGRESS'),
      t(I, 'NOT_STARTED', true),
      t(II, 'NOT_STARTED'),
      t(II, 'CANCELLED'),
      t(I, 'IN_PROGRESS'),
    ]);
    expect(rows.map((r) => r.areaCode)).toEqual(['I', 'II', 'VII']);
    expect(rows[0]).toMatchObject({
      areaName: 'Cải cách thể chế',
      total: 4,
      DONE: 1,
      IN_PROGRESS: 2,
      OVERDUE: 1,
      NOT_STARTED: 0,
    });
    expect(rows[1]).toMatchObject({ total: 2, NOT_STARTED: 1, CANCELLED: 1 });
    expect(rows[2]).toMatchObject({ total: 1, DONE: 1 });
    for (const row of rows) {
      expect(row.DONE + row.IN_PROGRESS + row.NOT_STARTED + row.OVERDUE + row.CANCELLED).toBe(row.total);
    }
    expect(usedBuckets(rows)).toEqual(['DONE', 'IN_PROGRESS', 'NOT_STARTED', 'OVERDUE', 'CANCELLED']);
  });

  it('lists only the buckets in use', () => {
    expect(usedBuckets(tasksByAreaAndStatus([t(I, 'DONE'), t(II, 'IN_PROGRESS', true)]))).toEqual(['DONE', 'OVERDUE']);
  });
});

describe('CHART_BUCKETS', () => {
  it('stacks every task status of the schema, and overdue', () => {
    expect([...CHART_BUCKETS].sort()).toEqual([...Object.values(TaskStatus), 'OVERDUE'].sort());
  });
});

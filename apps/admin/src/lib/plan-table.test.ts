import { describe, expect, it } from 'vitest';
import { dueKey, nextSort, searchTasks, sortTasks, type SortableTask } from './plan-table';

const task = (
  code: string,
  position: number,
  number: number,
  opts: Partial<Pick<SortableTask, 'status' | 'overdue' | 'text'>> & { due?: string | null; occ?: string[] } = {},
): SortableTask => ({
  code,
  position: position * 100 + number, // the server's plan order: area, then task number
  status: opts.status ?? 'NOT_STARTED',
  overdue: opts.overdue ?? false,
  text: opts.text ?? '',
  leadLabel: 'Phòng Tư pháp',
  coordinatingLabel: '',
  timePhrase: '',
  area: { code: code.split('.')[0]!, name: '' },
  timing: { due: opts.due ?? null, occurrences: (opts.occ ?? []).map((due) => ({ due })) },
});

const tasks = [
  task('II.1', 2, 1, { due: '2021-03-31', status: 'DONE' }),
  task('I.10', 1, 10, { due: null }),
  task('I.2', 1, 2, { due: '2021-05-15', status: 'IN_PROGRESS', overdue: true, text: 'Rà soát văn bản QPPL' }),
  task('VI.3', 6, 3, { occ: ['2021-12-15', '2021-06-30'] }),
  task('VII.1', 7, 1, { due: '2021-01-31', status: 'CANCELLED' }),
];
const codes = (list: SortableTask[]) => list.map((t) => t.code);

describe('dueKey', () => {
  it.each([
    [task('a', 1, 1, { due: '2021-03-31' }), '2021-03-31'],
    [task('a', 1, 1, { occ: ['2021-12-15', '2021-06-30'] }), '2021-06-30'],
    [task('a', 1, 1), null],
  ])('%#', (input, expected) => {
    expect(dueKey(input)).toBe(expected);
  });
});

describe('sortTasks', () => {
  it.each([
    ['code', 'ascending', ['I.2', 'I.10', 'II.1', 'VI.3', 'VII.1']],
    ['code', 'descending', ['VII.1', 'VI.3', 'II.1', 'I.10', 'I.2']],
    ['due', 'ascending', ['VII.1', 'II.1', 'I.2', 'VI.3', 'I.10']],
    ['due', 'descending', ['VI.3', 'I.2', 'II.1', 'VII.1', 'I.10']],
    ['status', 'ascending', ['I.10', 'VI.3', 'I.2', 'II.1', 'VII.1']],
  ] as const)('%s %s', (key, direction, expected) => {
    expect(codes(sortTasks(tasks, { key, direction }))).toEqual(expected);
  });

  it('does not mutate its input', () => {
    const copy = [...tasks];
    sortTasks(tasks, { key: 'due', direction: 'descending' });
    expect(tasks).toEqual(copy);
  });
});

describe('searchTasks', () => {
  it.each([
    ['', ['II.1', 'I.10', 'I.2', 'VI.3', 'VII.1']],
    ['ra soat', ['I.2']],
    ['RÀ SOÁT qppl', ['I.2']],
    ['tu phap', ['II.1', 'I.10', 'I.2', 'VI.3', 'VII.1']],
    ['vi.3', ['VI.3']],
    ['không có', []],
  ])('%j', (query, expected) => {
    expect(codes(searchTasks(tasks, query))).toEqual(expected);
  });
});

describe('nextSort', () => {
  it('starts ascending on a new column and toggles on the same one', () => {
    expect(nextSort({ key: 'code', direction: 'ascending' }, 'due')).toEqual({ key: 'due', direction: 'ascending' });
    expect(nextSort({ key: 'due', direction: 'ascending' }, 'due')).toEqual({ key: 'due', direction: 'descending' });
    expect(nextSort({ key: 'due', direction: 'descending' }, 'due')).toEqual({ key: 'due', direction: 'ascending' });
  });
});

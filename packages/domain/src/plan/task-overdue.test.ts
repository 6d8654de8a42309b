import { describe, expect, it } from 'vitest';
import { isTaskOverdue } from './task-overdue';

describe('isTaskOverdue', () => {
  it.each([
    [{ dueDate: '2021-03-31', status: 'NOT_STARTED' as const }, '2021-03-31', false],
    [{ dueDate: '2021-03-31', status: 'NOT_STARTED' as const }, '2021-04-01', true],
    [{ dueDate: '2021-03-31', status: 'IN_PROGRESS' as const }, '2021-04-01', true],
    [{ dueDate: '2021-03-31', status: 'DONE' as const }, '2022-01-01', false],
    [{ dueDate: '2021-03-31', status: 'CANCELLED' as const }, '2022-01-01', false],
    [{ dueDate: null, status: 'NOT_STARTED' as const }, '2030-01-01', false],
  ])('%j on %s -> %s', (task, today, expected) => {
    expect(isTaskOverdue(task, today)).toBe(expected);
  });
});

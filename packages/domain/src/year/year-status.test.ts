import { describe, expect, it } from 'vitest';
import type { YearStatus } from '../enums';
import { yearStatusChange } from './year-status';

describe('yearStatusChange', () => {
  it.each<[YearStatus, YearStatus, unknown]>([
    ['DRAFT', 'OPEN', { action: 'year.manage', reasonRequired: false }],
    ['OPEN', 'SELF_ASSESSMENT', { action: 'year.manage', reasonRequired: false }],
    ['APPRAISAL', 'PUBLISHED', { action: 'year.approve', reasonRequired: false }],
    ['OPEN', 'PUBLISHED', { action: 'year.approve', reasonRequired: false }],
    ['PUBLISHED', 'APPRAISAL', { action: 'year.manage', reasonRequired: true }],
    ['SELF_ASSESSMENT', 'OPEN', { action: 'year.manage', reasonRequired: true }],
    ['OPEN', 'OPEN', { code: 'SAME_STATUS', message: 'Năm đánh giá đã ở trạng thái này.' }],
  ])('%s → %s', (from, to, expected) => {
    expect(yearStatusChange(from, to)).toEqual(expected);
  });
});

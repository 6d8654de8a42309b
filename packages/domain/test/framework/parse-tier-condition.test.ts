import { describe, expect, it } from 'vitest';
import { parseDeadlineCondition, parseRatioCondition, parseTierPoints } from '../../src/index';

describe('parseRatioCondition', () => {
  it.each([
    ['ratio = 100%', [1, true, 1, true]],
    ['100%', [1, true, 1, true]],
    ['80% <= ratio < 100%', [0.8, true, 1, false]],
    ['50% <= ratio < 80%', [0.5, true, 0.8, false]],
    ['ratio < 50%', [null, false, 0.5, false]],
    ['< 80%', [null, false, 0.8, false]],
    ['>= 95%', [0.95, true, null, false]],
    ['≥ 95%', [0.95, true, null, false]],
    ['> 85%', [0.85, false, null, false]],
    ['80% – <95%', [0.8, true, 0.95, false]],
    ['90% < ratio <= 95%', [0.9, false, 0.95, true]],
    ['ratio <= 12,5%', [null, false, 0.125, true]],
  ])('%j', (text, [min, minInclusive, max, maxInclusive]) => {
    expect(parseRatioCondition(text)).toEqual({ min, minInclusive, max, maxInclusive });
  });
  it.each(['khoảng 80%', '', 'ratio', '80'])('%j is not understood', (t) => expect(parseRatioCondition(t)).toBeNull());
});

describe('parseTierPoints', () => {
  it.each([
    [3, { kind: 'fixed', points: 3 }],
    ['6 × ratio', { kind: 'proportional', factor: 6 }],
    ['6 x ratio', { kind: 'proportional', factor: 6 }],
    ['ratio * 2', { kind: 'proportional', factor: 2 }],
    ['1,5', { kind: 'fixed', points: 1.5 }],
    ['nhiều', null],
    [null, null],
  ])('%j', (v, r) => expect(parseTierPoints(v)).toEqual(r));
});

describe('parseDeadlineCondition', () => {
  it.each([
    ['nộp đúng hạn', ['on_time']],
    ['nộp trễ hạn', ['late']],
    ['không nộp', ['missing']],
    ['gửi đúng hạn, đủ nội dung', ['on_time']],
    ['gửi trễ hạn (coi như không báo cáo)', ['late']],
    ['không gửi', ['missing']],
    ['trễ hạn hoặc không gửi', ['late', 'missing']],
    ['tùy trường hợp', []],
  ])('%j → %j', (t, r) => expect(parseDeadlineCondition(t)).toEqual(r));
});

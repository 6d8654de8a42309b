import { describe, expect, it } from 'vitest';
import { checkPlanImportHeaders, checkPlanImportRows, type PlanImportCells } from './plan-import';

const plan = {
  areaCodes: new Set(['I', 'II']),
  taskCodes: new Set(['I.1']),
  unitIdsByName: new Map([
    ['Phòng Tư pháp', 'u-tp'],
    ['UBND phường Long Phước', 'u-lp'],
  ]),
};
const cells = (c: Partial<PlanImportCells>): PlanImportCells => ({
  code: 'I.2',
  text: 'Rà soát quy chế',
  lead: 'Phòng Tư pháp',
  coordinating: '',
  timePhrase: 'Quý II',
  product: 'Báo cáo',
  ...c,
});

describe('checkPlanImportHeaders', () => {
  it('accepts the template headers, case and spacing aside, and names them otherwise', () => {
    expect(
      checkPlanImportHeaders([
        'MÃ',
        'Nội dung  nhiệm vụ',
        'Đơn vị chủ trì',
        'Đơn vị phối hợp',
        'Thời gian thực hiện',
        'Sản phẩm',
      ]),
    ).toBeNull();
    expect(checkPlanImportHeaders(['Mã', 'Nội dung'])).toMatchObject({ row: 1, code: 'BAD_HEADERS' });
  });
});

describe('checkPlanImportRows', () => {
  it('reads good rows into tasks with the units named exactly (a group links none)', () => {
    const r = checkPlanImportRows(
      [
        { row: 2, cells: cells({ coordinating: 'UBND phường Long Phước; Phòng Tư pháp' }) },
        { row: 3, cells: cells({ code: 'ii.1', lead: 'Các cơ quan, đơn vị', timePhrase: 'Hằng quý' }) },
      ],
      plan,
    );
    expect(r.problems).toEqual([]);
    expect(r.tasks.map((t) => [t.code, t.number, t.leadUnitIds, t.coordinatingUnitIds])).toEqual([
      ['I.2', 2, ['u-tp'], ['u-lp']],
      ['II.1', 1, [], []],
    ]);
  });

  it('lists every problem with its row and column, and gives no task at all (all-or-nothing)', () => {
    const r = checkPlanImportRows(
      [
        { row: 2, cells: cells({}) },
        { row: 3, cells: cells({ code: 'I.1' }) },
        { row: 4, cells: cells({ code: 'III.1' }) },
        { row: 5, cells: cells({ code: 'I2' }) },
        { row: 6, cells: cells({ code: 'I.2', text: ' ' }) },
        { row: 7, cells: cells({ code: 'II.4', timePhrase: '' }) },
      ],
      plan,
    );
    expect(r.tasks).toEqual([]);
    expect(r.problems.map((p) => `${p.row}:${p.column}:${p.code}`)).toEqual([
      '3:code:CODE_TAKEN',
      '4:code:UNKNOWN_AREA',
      '5:code:BAD_CODE',
      '6:code:DUPLICATE',
      '6:text:REQUIRED',
      '7:timePhrase:REQUIRED',
    ]);
    expect(r.problems.find((p) => p.code === 'DUPLICATE')?.message).toBe('Mã I.2 trùng với dòng 2.');
  });

  it('refuses an empty file', () => {
    expect(checkPlanImportRows([], plan).problems).toMatchObject([{ code: 'EMPTY' }]);
  });
});

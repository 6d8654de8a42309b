import { describe, expect, it } from 'vitest';
import { DEFAULT_TIERS } from '../framework/default-tiers';
import type { ResultRow } from '../results/result-rows';
import { actionFunnel, type FunnelFinding } from './action-funnel';
import { areaProfile } from './area-profile';
import { dashboardTiles } from './dashboard-tiles';
import { type LineageLink, lineageChain, lineageTrend } from './lineage-chain';
import { planProgress, type ProgressTask } from './plan-progress';
import { competitionRanks, rankingGroups } from './ranking-bars';
import { pickSatisfactionRound } from './satisfaction-round';

const tier = (code: string) => {
  const t = DEFAULT_TIERS.find((x) => x.code === code)!;
  return { code: t.code, nameVi: t.nameVi, nameEn: t.nameEn, minPercent: t.minPercent };
};
const row = (
  unitId: string,
  type: string,
  index: number,
  rank: number,
  tierCode: string,
  areas: Array<[string, number | null]> = [],
): ResultRow => ({
  unitId,
  unitCode: unitId,
  unitName: `Đơn vị ${unitId}`,
  unitTypeId: type,
  unitTypeCode: type,
  unitTypeNameVi: type,
  unitTypeNameEn: type,
  points: index,
  earned: index,
  bonus: 0,
  penalty: 0,
  maxPoints: 100,
  index,
  tier: tier(tierCode),
  rank,
  rankOf: 3,
  areaIndices: areas.map(([areaCode, i]) => ({ areaCode, index: i })),
});

describe('competitionRanks', () => {
  it.each([
    [
      [90, 80, 80, 70],
      [1, 2, 2, 4],
    ],
    [[50], [1]],
    [[], []],
    [
      [70, 90, 70],
      [2, 1, 2],
    ],
  ])('%j → %j', (values, ranks) => expect(competitionRanks(values)).toEqual(ranks));
});

describe('rankingGroups', () => {
  const rows = [
    row('a', 'phong', 92, 1, 'XUAT_SAC', [
      ['1', 80],
      ['2', 100],
    ]),
    row('b', 'phong', 85, 2, 'TOT', [
      ['1', 90],
      ['2', null],
    ]),
    row('c', 'phong', 85, 2, 'TOT', [
      ['1', 80],
      ['2', 70],
    ]),
    row('d', 'xa', 60, 1, 'TRUNG_BINH', [['1', 60]]),
  ];
  it('groups per type, keeps the ranks, marks ties and colours by tier order', () => {
    const [phong, xa] = rankingGroups(rows, DEFAULT_TIERS);
    expect(phong?.bars.map((b) => [b.unitId, b.value, b.rank, b.tied, b.tierOrder])).toEqual([
      ['a', 92, 1, false, 0],
      ['b', 85, 2, true, 1],
      ['c', 85, 2, true, 1],
    ]);
    expect(phong?.average).toBe(87.33);
    expect(xa?.bars[0]).toMatchObject({ unitId: 'd', tierCode: 'TRUNG_BINH', tierOrder: 3, tied: false });
  });
  it('filters one unit type', () => {
    expect(rankingGroups(rows, DEFAULT_TIERS, { unitTypeId: 'xa' }).map((g) => g.unitTypeId)).toEqual(['xa']);
  });
  it("ranks on an area's sub-index, leaving out units where it does not apply", () => {
    const [phong] = rankingGroups(rows, DEFAULT_TIERS, { areaCode: '2' });
    expect(phong?.bars.map((b) => [b.unitId, b.value, b.rank, b.tierCode])).toEqual([
      ['a', 100, 1, 'XUAT_SAC'],
      ['c', 70, 2, 'KHA'],
    ]);
    const [p1] = rankingGroups(rows, DEFAULT_TIERS, { areaCode: '1' });
    expect(p1?.bars.map((b) => [b.unitId, b.rank, b.tied])).toEqual([
      ['b', 1, false],
      ['a', 2, true],
      ['c', 2, true],
    ]);
  });
});

describe('areaProfile', () => {
  it("sets the unit's sub-indices beside its type's mean", () => {
    const rows = [
      row('a', 'phong', 0, 1, 'YEU', [
        ['1', 80],
        ['2', null],
      ]),
      row('b', 'phong', 0, 1, 'YEU', [
        ['1', 60],
        ['2', 50],
      ]),
      row('x', 'xa', 0, 1, 'YEU', [
        ['1', 0],
        ['2', 0],
      ]),
    ];
    expect(
      areaProfile(rows[0]!, rows, [
        { code: '1', name: 'Chỉ đạo' },
        { code: '2', name: 'Thể chế' },
        { code: '3', name: 'Trống' },
      ]),
    ).toEqual([
      { areaCode: '1', areaName: 'Chỉ đạo', unitIndex: 80, typeAverage: 70 },
      { areaCode: '2', areaName: 'Thể chế', unitIndex: null, typeAverage: 50 },
      { areaCode: '3', areaName: 'Trống', unitIndex: null, typeAverage: null },
    ]);
  });
});

describe('lineageChain and lineageTrend', () => {
  const links: LineageLink[] = [
    { fromUnitId: 'old', toUnitId: 'mid', kind: 'RENAME', effectiveDate: '2023-01-01' },
    { fromUnitId: 'mid', toUnitId: 'new', kind: 'MERGE', effectiveDate: '2025-01-01' },
    { fromUnitId: 'other', toUnitId: 'new', kind: 'MERGE', effectiveDate: '2025-01-01' },
    { fromUnitId: 'new', toUnitId: 'old', kind: 'RENAME', effectiveDate: '2020-01-01' }, // a cycle in bad data
  ];
  it.each([
    [
      'new',
      [
        ['new', 0, null],
        ['mid', 1, 'MERGE'],
        ['other', 1, 'MERGE'],
        ['old', 2, 'RENAME'],
      ],
    ],
    [
      'mid',
      [
        ['mid', 0, null],
        ['old', 1, 'RENAME'],
        ['new', 2, 'RENAME'],
        ['other', 3, 'MERGE'],
      ],
    ],
    ['alone', [['alone', 0, null]]],
  ])('%s', (unitId, expected) => {
    expect(lineageChain(unitId, links).map((m) => [m.unitId, m.depth, m.kind])).toEqual(expected);
  });
  it('follows a merged unit back through its predecessors, year by year', () => {
    const chain = lineageChain('new', links.slice(0, 3));
    const r = (unitId: string, index: number) => ({ unitId, unitName: `Đơn vị ${unitId}`, index, tierCode: 'KHA' });
    const trend = lineageTrend(chain, [
      { year: 2026, indices: [r('new', 88), r('mid', 10)] },
      { year: 2022, indices: [r('old', 70), r('zzz', 99)] },
      { year: 2024, indices: [r('mid', 75), r('other', 80)] },
      { year: 2023, indices: [r('zzz', 50)] },
    ]);
    expect(trend).toEqual([
      { year: 2022, index: 70, tierCode: 'KHA', unitNames: ['Đơn vị old'], viaLineage: true },
      { year: 2024, index: 77.5, tierCode: null, unitNames: ['Đơn vị mid', 'Đơn vị other'], viaLineage: true },
      { year: 2026, index: 88, tierCode: 'KHA', unitNames: ['Đơn vị new'], viaLineage: false },
    ]);
  });
});

describe('actionFunnel on a day', () => {
  const at = (iso: string) => new Date(`${iso}T03:00:00Z`);
  const findings: FunnelFinding[] = [
    {
      kind: 'WEAKNESS',
      recordedAt: at('2021-09-10'),
      visitDate: null,
      actions: [
        {
          status: 'VERIFIED',
          dueDate: '2021-10-10',
          createdAt: at('2021-09-11'),
          submittedAt: at('2021-10-01'),
          verifiedAt: at('2021-10-05'),
        },
        {
          status: 'SUBMITTED',
          dueDate: '2021-10-10',
          createdAt: at('2021-09-11'),
          submittedAt: at('2021-10-12'),
          verifiedAt: null,
        },
        { status: 'OPEN', dueDate: '2021-09-30', createdAt: at('2021-09-11'), submittedAt: null, verifiedAt: null },
      ],
    },
    { kind: 'WEAKNESS', recordedAt: at('2021-09-10'), visitDate: '2021-09-10', actions: [] },
    { kind: 'GOOD_PRACTICE', recordedAt: at('2021-09-10'), visitDate: null, actions: [] },
    { kind: 'WEAKNESS', recordedAt: at('2021-12-01'), visitDate: null, actions: [] },
    // recorded years later, found on its visit's day; its action verified then, created later
    {
      kind: 'WEAKNESS',
      recordedAt: at('2026-11-28'),
      visitDate: '2021-12-20',
      actions: [
        {
          status: 'VERIFIED',
          dueDate: '2021-12-30',
          createdAt: at('2026-11-28'),
          submittedAt: at('2021-12-22'),
          verifiedAt: at('2021-12-24'),
        },
      ],
    },
  ];
  it.each([
    ['2021-09-01', { found: 0, findingsWithAction: 0, actions: 0, fixSubmitted: 0, verified: 0, overdue: 0 }],
    ['2021-09-20', { found: 2, findingsWithAction: 1, actions: 3, fixSubmitted: 0, verified: 0, overdue: 0 }],
    ['2021-10-03', { found: 2, findingsWithAction: 1, actions: 3, fixSubmitted: 1, verified: 0, overdue: 1 }],
    ['2021-10-11', { found: 2, findingsWithAction: 1, actions: 3, fixSubmitted: 1, verified: 1, overdue: 2 }],
    ['2021-12-19', { found: 3, findingsWithAction: 1, actions: 3, fixSubmitted: 2, verified: 1, overdue: 2 }],
    ['2021-12-31', { found: 4, findingsWithAction: 2, actions: 4, fixSubmitted: 3, verified: 2, overdue: 2 }],
  ])('as of %s', (asOf, expected) => expect(actionFunnel(findings, asOf)).toEqual(expected));
});

describe('planProgress on a day', () => {
  const task = (
    area: string,
    status: ProgressTask['status'],
    due: string | null,
    done: string | null,
    lead: string[],
  ) =>
    ({
      areaCode: area,
      areaName: `Lĩnh vực ${area}`,
      areaPosition: area === 'I' ? 1 : 2,
      status,
      dueDate: due,
      completedAt: done ? new Date(`${done}T03:00:00Z`) : null,
      leadUnits: lead.map((u) => ({ unitId: u, unitName: `Đơn vị ${u}` })),
    }) satisfies ProgressTask;
  const tasks = [
    task('II', 'DONE', '2021-06-30', '2021-06-20', ['a']),
    task('I', 'DONE', '2021-03-31', '2021-05-01', ['a', 'b']),
    task('I', 'NOT_STARTED', '2021-04-30', null, ['b']),
    task('I', 'CANCELLED', '2021-04-30', null, ['b']),
  ];
  it('counts per area and lead unit, done only once completed, overdue on the day', () => {
    const p = planProgress(tasks, '2021-04-15');
    expect(
      p.areas.map((a) => [a.code, a.done, a.inProgress, a.notStarted, a.cancelled, a.overdue, a.percentDone]),
    ).toEqual([
      ['I', 0, 1, 1, 1, 1, 0],
      ['II', 0, 1, 0, 0, 0, 0],
    ]);
    const later = planProgress(tasks, '2021-07-01');
    expect(later.areas.map((a) => [a.code, a.done, a.overdue, a.percentDone])).toEqual([
      ['I', 1, 1, 50],
      ['II', 1, 0, 100],
    ]);
    expect(later.leadUnits.map((u) => [u.unitId, u.total, u.done])).toEqual([
      ['b', 3, 1],
      ['a', 2, 2],
    ]);
    expect(later.total).toMatchObject({ total: 4, done: 2, percentDone: 66.7 });
  });
});

describe('pickSatisfactionRound', () => {
  it.each([
    [
      [
        { id: 'h1', periodCode: 'H1', answers: 5 },
        { id: 'y', periodCode: 'YEAR', answers: 3 },
      ],
      'y',
    ],
    [
      [
        { id: 'h1', periodCode: 'H1', answers: 5 },
        { id: 'y', periodCode: 'YEAR', answers: 0 },
      ],
      'h1',
    ],
    [[{ id: 'y', periodCode: 'YEAR', answers: 0 }], null],
  ])('%j → %s', (rounds, id) => expect(pickSatisfactionRound(rounds)?.id ?? null).toBe(id));
});

describe('dashboardTiles', () => {
  it('computes the tiles, with nulls where nothing counts', () => {
    expect(
      dashboardTiles({
        indices: [90, 80, 71],
        compliance: { onTime: 7, late: 2, missing: 1, pending: 5, notReported: 3 },
        actionsOverdue: 2,
        satisfactionPercent: 86.5,
      }),
    ).toEqual({
      units: 3,
      averageIndex: 80.33,
      reportsOnTimePercent: 70,
      actionsOverdue: 2,
      satisfactionPercent: 86.5,
    });
    expect(
      dashboardTiles({
        indices: [],
        compliance: { onTime: 0, late: 0, missing: 0, pending: 3, notReported: 0 },
        actionsOverdue: 0,
        satisfactionPercent: null,
      }),
    ).toMatchObject({ units: 0, averageIndex: null, reportsOnTimePercent: null });
  });
});

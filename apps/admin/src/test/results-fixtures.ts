import { pageResultRows, type ResultPageSortKey } from '@cchc/domain';

/**
 * Results as the server answers them (with __typename, as urql asks): the 2021 ranking with a tie,
 * the results snapshot at each step, one unit's scorecard, a what-if outcome and the public page.
 */

export const tiers = {
  XUAT_SAC: { __typename: 'ResultTier', code: 'XUAT_SAC', nameVi: 'Xuất sắc', nameEn: 'Excellent' },
  TOT: { __typename: 'ResultTier', code: 'TOT', nameVi: 'Tốt', nameEn: 'Good' },
  KHA: { __typename: 'ResultTier', code: 'KHA', nameVi: 'Khá', nameEn: 'Fair' },
  TRUNG_BINH: { __typename: 'ResultTier', code: 'TRUNG_BINH', nameVi: 'Trung bình', nameEn: 'Average' },
  YEU: { __typename: 'ResultTier', code: 'YEU', nameVi: 'Yếu', nameEn: 'Weak' },
} as const;
type TierCode = keyof typeof tiers;

const resultTypes = {
  phong: {
    __typename: 'ResultUnitType',
    id: 'ut-phong',
    code: 'phong',
    nameVi: 'Phòng chuyên môn',
    nameEn: 'Specialised office',
  },
  xa: {
    __typename: 'ResultUnitType',
    id: 'ut-xa',
    code: 'xa',
    nameVi: 'UBND xã, phường',
    nameEn: 'Commune/ward committee',
  },
} as const;

export const areaNodes = [
  { __typename: 'FrameworkNode', id: 'n-I', code: 'I', name: 'Cải cách thể chế', depth: 0 },
  { __typename: 'FrameworkNode', id: 'n-1.1', code: '1.1', name: 'Xây dựng văn bản QPPL', depth: 1 },
  { __typename: 'FrameworkNode', id: 'n-II', code: 'II', name: 'Cải cách thủ tục hành chính', depth: 0 },
];

export function resultRow(
  unitId: string,
  unitName: string,
  type: keyof typeof resultTypes,
  opts: {
    index: number;
    points: number;
    rank: number;
    rankOf: number;
    tier: TierCode;
    areas?: [number | null, number | null];
    bonus?: number;
  },
) {
  return {
    __typename: 'ResultRow',
    unit: { __typename: 'Unit', id: unitId },
    unitName,
    unitType: resultTypes[type],
    points: opts.points,
    earned: opts.points - (opts.bonus ?? 0),
    bonus: opts.bonus ?? 0,
    penalty: 0,
    maxPoints: 100,
    index: opts.index,
    rank: opts.rank,
    rankOf: opts.rankOf,
    tier: tiers[opts.tier],
    areaIndices: [
      { __typename: 'AreaIndex', areaCode: 'I', index: opts.areas?.[0] ?? 80 },
      { __typename: 'AreaIndex', areaCode: 'II', index: opts.areas === undefined ? 75.5 : opts.areas[1] },
    ],
  };
}

/** The 2021 ranking: Tư pháp and Tài chính tie at 1 (the server's tie order: by name), Văn hóa 3rd. */
export const rankingRows = [
  resultRow('u-tc', 'Phòng Tài chính-Kế hoạch', 'phong', {
    index: 91.5,
    points: 91.5,
    rank: 1,
    rankOf: 3,
    tier: 'XUAT_SAC',
  }),
  resultRow('u-tp', 'Phòng Tư pháp', 'phong', { index: 91.5, points: 91.5, rank: 1, rankOf: 3, tier: 'XUAT_SAC' }),
  resultRow('u-vh', 'Phòng Văn hóa và Thông tin', 'phong', {
    index: 77.02,
    points: 77.02,
    rank: 3,
    rankOf: 3,
    tier: 'KHA',
    bonus: 0.5,
  }),
  resultRow('u-lp', 'UBND phường Long Phước', 'xa', {
    index: 64.25,
    points: 64.25,
    rank: 1,
    rankOf: 1,
    tier: 'TRUNG_BINH',
    areas: [70, null],
  }),
];

export interface SnapshotFixture {
  version: number;
  lockedAt: string | null;
  approvedAt?: string | null;
  publishedAt?: string | null;
  viewerCanApprove?: boolean;
  viewerCanPublish?: boolean;
}

export function snapshot(s: SnapshotFixture) {
  return {
    __typename: 'ResultSnapshot',
    id: 'snap-2021',
    version: s.version,
    lockedAt: s.lockedAt,
    lockedByName: s.lockedAt ? 'Nguyễn Thị Lan' : null,
    approvedAt: s.approvedAt ?? null,
    approvedByName: s.approvedAt ? 'Trần Văn Hùng' : null,
    publishedAt: s.publishedAt ?? null,
    publishedByName: s.publishedAt ? 'Trần Văn Hùng' : null,
    viewerCanApprove: s.viewerCanApprove ?? false,
    viewerCanPublish: s.viewerCanPublish ?? false,
  };
}

/** The year as the results page reads it. */
export function resultsYear(opts: {
  status?: string;
  snapshot?: ReturnType<typeof snapshot> | null;
  viewerCanLockResults?: boolean;
  rows?: unknown[];
  source?: 'LIVE' | 'SNAPSHOT';
  forbidden?: boolean;
}) {
  return {
    __typename: 'EvaluationYear',
    id: 'y-2021',
    year: 2021,
    title: 'Kế hoạch cải cách hành chính năm 2021 của thị xã Phước Long',
    status: opts.status ?? 'APPRAISAL',
    asOf: '2022-01-20',
    viewerCanLockResults: opts.viewerCanLockResults ?? false,
    viewerCanReadResults: !opts.forbidden,
    authority: { __typename: 'Authority', id: 'auth-1', code: 'phuoc-long', name: 'UBND thị xã Phước Long' },
    framework: { __typename: 'Framework', id: 'fw-2021', nodes: areaNodes },
    resultSnapshot: opts.snapshot ?? null,
    results: opts.forbidden
      ? { __typename: 'ForbiddenError', message: 'Không có quyền.', code: 'FORBIDDEN', reason: 'NOT_YOUR_UNIT' }
      : {
          __typename: 'YearResults',
          source: opts.source ?? 'LIVE',
          computedAt: '2022-01-20T03:05:00.000Z',
          rows: opts.rows ?? rankingRows,
          ...rankingFacets((opts.rows ?? rankingRows) as FixtureRow[]),
        },
  };
}

type FixtureRow = ReturnType<typeof resultRow>;

/** YearResults' summary fields of some rows: total, anyPoints, the unit types and tiers present. */
export function rankingFacets(rows: readonly FixtureRow[]) {
  const unitTypes = new Map(rows.map((r) => [r.unitType.code, r.unitType]));
  const order = Object.keys(tiers);
  const present = new Map(rows.map((r) => [r.tier.code, r.tier]));
  return {
    total: rows.length,
    anyPoints: rows.some((r) => r.earned !== 0 || r.bonus !== 0 || r.penalty !== 0),
    unitTypes: [...unitTypes.values()],
    tiers: [...present.values()].sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code)),
  };
}

/**
 * The answer to the results page's ranking page query (ResultsRankingPage), cut from `rows` by the
 * domain's own paging, as the server does.
 */
export function rankingPageAnswer(rows: readonly FixtureRow[], variables: Record<string, unknown>) {
  const page = pageResultRows(
    rows.map((r) => ({
      ...r,
      unitId: r.unit.id,
      unitCode: r.unit.id,
      unitTypeId: r.unitType.id,
    })),
    {
      offset: Number(variables.offset),
      limit: Number(variables.limit),
      sort: (variables.sort as ResultPageSortKey | undefined) ?? 'RANK',
      descending: Boolean(variables.descending),
      unitTypeId: (variables.unitTypeId as string | null | undefined) ?? null,
      tierCode: (variables.tierCode as string | null | undefined) ?? null,
      search: (variables.search as string | null | undefined) ?? null,
    },
  );
  return {
    year: {
      __typename: 'EvaluationYear',
      id: 'y-2021',
      resultsPage: {
        __typename: 'ResultRowPage',
        total: page.total,
        offset: page.offset,
        rows: page.rows.map(({ row, tied }) => {
          const { unitId: _id, unitCode: _code, unitTypeId: _type, ...fixture } = row;
          return { ...fixture, tied };
        }),
      },
    },
  };
}

function entry(
  id: string,
  source: string,
  points: number | null,
  author: string | null,
  at: string,
  comment: string | null,
  inputsJson: string | null = null,
) {
  return {
    __typename: 'ScorecardEntry',
    id,
    source,
    points,
    inputsJson,
    comment,
    reasonCode: null,
    authorName: author,
    updatedAt: at,
    evidence: [] as { __typename: 'EvidenceFile'; id: string; fileName: string; url: string }[],
  };
}

function leaf(l: {
  code: string;
  name: string;
  areaCode: string;
  maxPoints: number;
  points: number;
  source: string | null;
  rule: string;
  inputsJson?: string | null;
  missing?: boolean;
  applicable?: boolean;
  superseded?: { source: string; points: number | null }[];
  notes?: string[];
  entries?: ReturnType<typeof entry>[];
}) {
  return {
    __typename: 'ScorecardLeaf',
    code: l.code,
    name: l.name,
    areaCode: l.areaCode,
    maxPoints: l.maxPoints,
    method: 'CHECKLIST',
    applicable: l.applicable ?? true,
    points: l.points,
    source: l.source,
    rule: l.rule,
    inputsJson: l.inputsJson ?? null,
    missing: l.missing ?? false,
    superseded: (l.superseded ?? []).map((s) => ({ __typename: 'SupersededValue', ...s })),
    notes: l.notes ?? [],
    entries: l.entries ?? [],
  };
}

/** Văn hóa's scorecard: 77,02, a bonus, one leaf appraised twice, one missing, one not applicable. */
export const scorecardVanHoa = {
  __typename: 'UnitScorecard',
  unit: { __typename: 'Unit', id: 'u-vh', name: 'Phòng Văn hóa và Thông tin' },
  unitType: resultTypes.phong,
  points: 77.02,
  earned: 76.52,
  bonus: 0.5,
  penalty: 0,
  maxPoints: 100,
  index: 77.02,
  tier: tiers.KHA,
  areaIndices: [
    { __typename: 'AreaIndex', areaCode: 'I', index: 80 },
    { __typename: 'AreaIndex', areaCode: 'II', index: null },
  ],
  missing: ['1.1.2'],
  // the domain repeats the missing leaves among its warnings
  warnings: ['1 tiêu chí chưa có điểm (tính 0): 1.1.2', 'Điểm thưởng 0,5 trong giới hạn 2'],
  adjustments: [
    {
      __typename: 'ScorecardAdjustment',
      id: 'adj-1',
      kind: 'BONUS',
      points: 0.5,
      reason: 'Mô hình “Một cửa thân thiện” được tỉnh nhân rộng',
      createdAt: '2022-01-10T02:00:00.000Z',
    },
  ],
  leaves: [
    leaf({
      code: '1.1.1',
      name: 'Ban hành kế hoạch CCHC đúng hạn',
      areaCode: 'I',
      maxPoints: 1,
      points: 0.8,
      source: 'round2',
      rule: 'checklist: 4/5 × 1 = 0,8',
      inputsJson: '{"kind":"checklist","checked":4,"total":5,"ratio":0.8,"status":"late","note":"đủ_hồ_sơ"}',
      superseded: [
        { source: 'round1', points: 0.6 },
        { source: 'self', points: 1 },
      ],
      entries: [
        {
          ...entry('e-1', 'SELF', 1, 'Lê Thị Hoa', '2021-11-20T08:15:00.000Z', 'Đã ban hành đủ 5 nội dung'),
          evidence: [
            { __typename: 'EvidenceFile', id: 'f-1', fileName: 'KH-CCHC-2021.pdf', url: '/files/f-1' },
            { __typename: 'EvidenceFile', id: 'f-2', fileName: 'Bien-ban-hop.jpg', url: '/files/f-2' },
          ],
        },
        entry(
          'e-2',
          'ROUND1',
          0.6,
          'Nguyễn Thị Lan',
          '2021-12-10T03:30:00.000Z',
          'Thiếu tài liệu kiểm chứng 2 nội dung',
        ),
        entry(
          'e-3',
          'ROUND2',
          0.8,
          'Nguyễn Thị Lan',
          '2022-01-12T09:45:00.000Z',
          'Đã bổ sung 1 tài liệu',
          '{"checked":4,"total":5}',
        ),
      ],
    }),
    leaf({
      code: '1.1.2',
      name: 'Rà soát văn bản QPPL',
      areaCode: 'I',
      maxPoints: 2,
      points: 0,
      source: null,
      rule: 'chưa có điểm (missing)',
      missing: true,
    }),
    leaf({
      code: '2.1.1',
      name: 'Công khai TTHC',
      areaCode: 'II',
      maxPoints: 1.5,
      points: 0,
      source: null,
      rule: '',
      applicable: false,
      entries: [
        entry(
          'e-4',
          'NOT_APPLICABLE',
          null,
          'Nguyễn Thị Lan',
          '2021-12-01T01:00:00.000Z',
          'Đơn vị không giải quyết TTHC',
        ),
      ],
    }),
  ],
};

export function standing(index: number, rank: number, tier: TierCode, rankOf = 3) {
  return { __typename: 'WhatIfStanding', index, rank, rankOf, tier: tiers[tier] };
}

export const publicResults2021 = {
  __typename: 'PublicResults',
  authorityName: 'UBND thị xã Phước Long',
  year: 2021,
  publishedAt: '2022-02-08T02:30:00.000Z',
  groups: [
    {
      __typename: 'PublicResultGroup',
      unitTypeCode: 'phong',
      unitTypeNameVi: 'Phòng chuyên môn',
      unitTypeNameEn: 'Specialised office',
      rows: rankingRows.slice(0, 3).map((r) => ({
        __typename: 'PublicResultRow',
        rank: r.rank,
        rankOf: r.rankOf,
        unitName: r.unitName,
        points: r.points,
        maxPoints: r.maxPoints,
        index: r.index,
        tier: r.tier,
      })),
    },
    {
      __typename: 'PublicResultGroup',
      unitTypeCode: 'xa',
      unitTypeNameVi: 'UBND xã, phường',
      unitTypeNameEn: 'Commune/ward committee',
      rows: [
        {
          __typename: 'PublicResultRow',
          rank: 1,
          rankOf: 1,
          unitName: 'UBND phường Long Phước',
          points: 64.25,
          maxPoints: 100,
          index: 64.25,
          tier: tiers.TRUNG_BINH,
        },
      ],
    },
  ],
};

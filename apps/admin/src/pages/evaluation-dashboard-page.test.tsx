import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient, type RecordedRequest } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { EvaluationDashboardPage } from './evaluation-dashboard-page';

const bar = (unitId: string, unitName: string, value: number, rank: number, tied = false, tierOrder = 1) => ({
  __typename: 'DashboardRankingBar',
  unitId,
  unitName,
  value,
  tierCode: tierOrder === 0 ? 'XUAT_SAC' : 'TOT',
  tierNameVi: tierOrder === 0 ? 'Xuất sắc' : 'Tốt',
  tierNameEn: tierOrder === 0 ? 'Excellent' : 'Good',
  tierOrder,
  rank,
  tied,
});

function dashboard(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'EvaluationDashboard',
    asOf: '2021-12-31',
    published: true,
    areaCode: null,
    areas: [
      { __typename: 'DashboardArea', code: '1', name: 'Công tác chỉ đạo, điều hành', nameEn: 'Direction' },
      { __typename: 'DashboardArea', code: '2', name: 'Cải cách thể chế', nameEn: 'Institutions' },
    ],
    tiers: [
      { __typename: 'DashboardTier', code: 'XUAT_SAC', nameVi: 'Xuất sắc', nameEn: 'Excellent', order: 0 },
      { __typename: 'DashboardTier', code: 'TOT', nameVi: 'Tốt', nameEn: 'Good', order: 1 },
    ],
    ranking: [
      {
        __typename: 'DashboardRankingGroup',
        unitTypeId: 'ut-phong',
        unitTypeNameVi: 'Phòng chuyên môn',
        unitTypeNameEn: 'Departments',
        average: 87.5,
        bars: [
          bar('u-tp', 'Phòng Tư pháp', 91.2, 1, false, 0),
          bar('u-nv', 'Phòng Nội vụ', 85.5, 2, true),
          bar('u-tc', 'Phòng Tài chính', 85.5, 2, true),
        ],
      },
    ],
    tiles: {
      __typename: 'DashboardTiles',
      units: 3,
      averageIndex: 87.4,
      reportsOnTimePercent: 75,
      actionsOverdue: 2,
      satisfactionPercent: 88.1,
    },
    compliance: {
      __typename: 'DashboardCompliance',
      periods: [{ __typename: 'DashboardReportPeriod', id: 'p-q1', code: 'Q1', nameVi: 'Quý I', nameEn: 'Q1' }],
      rows: [{ __typename: 'DashboardComplianceRow', unitId: 'u-tp', unitName: 'Phòng Tư pháp' }],
      cells: [{ __typename: 'DashboardComplianceCell', unitId: 'u-tp', periodId: 'p-q1', status: 'LATE', symbol: '!' }],
      totals: { __typename: 'DashboardComplianceTotals', onTime: 0, late: 1, missing: 0, pending: 0 },
    },
    satisfaction: {
      __typename: 'DashboardSatisfaction',
      surveyId: 's1',
      title: 'Khảo sát cuối năm',
      targetPercent: 85,
      overallRate: 88.1,
      aspects: [
        {
          __typename: 'DashboardAspectRate',
          aspect: 'ACCESS',
          nameVi: 'Tiếp cận dịch vụ',
          nameEn: 'Access',
          satisfied: 80,
          valid: 100,
          rate: 80,
          meetsTarget: false,
        },
      ],
    },
    actions: {
      __typename: 'DashboardActionFunnel',
      found: 6,
      findingsWithAction: 5,
      actions: 5,
      fixSubmitted: 4,
      verified: 3,
      overdue: 2,
    },
    plan: {
      __typename: 'DashboardPlanProgress',
      areas: [
        {
          __typename: 'DashboardAreaProgress',
          code: 'I',
          name: 'Công tác chỉ đạo',
          total: 4,
          done: 3,
          inProgress: 1,
          notStarted: 0,
          cancelled: 0,
          overdue: 1,
          percentDone: 75,
        },
      ],
      leadUnits: [],
    },
    ...overrides,
  };
}

const profile = {
  __typename: 'DashboardUnitProfile',
  unitId: 'u-tp',
  unitName: 'Phòng Tư pháp',
  unitTypeNameVi: 'Phòng chuyên môn',
  index: 91.2,
  rank: 1,
  rankOf: 3,
  areas: [
    { __typename: 'DashboardAreaProfilePoint', areaCode: '1', areaName: 'Chỉ đạo', unitIndex: 90, typeAverage: 80 },
  ],
  trend: [
    { __typename: 'DashboardTrendPoint', year: 2021, index: 91.2, unitNames: ['Phòng Tư pháp'], viaLineage: false },
  ],
};

const unitTypes = [
  {
    __typename: 'UnitType',
    id: 'ut-phong',
    code: 'phong',
    nameVi: 'Phòng chuyên môn',
    nameEn: 'Departments',
    scored: true,
  },
  { __typename: 'UnitType', id: 'ut-xa', code: 'xa', nameVi: 'UBND xã, phường', nameEn: 'Communes', scored: true },
];

function setup(path = '/evaluation?year=2021', d = dashboard()) {
  const mock = mockClient({
    EvaluationDashboardPage: () => ({
      unitTypes,
      year: {
        __typename: 'EvaluationYear',
        id: 'y-2021',
        year: 2021,
        title: 'Kế hoạch CCHC năm 2021',
        status: 'PUBLISHED',
        dashboard: d,
      },
    }),
    EvaluationDashboardUnit: () => ({
      year: {
        __typename: 'EvaluationYear',
        id: 'y-2021',
        dashboard: { __typename: 'EvaluationDashboard', unitProfile: profile },
      },
    }),
    AppLayoutYears: () => ({
      years: [
        { __typename: 'EvaluationYear', id: 'y-2026', year: 2026, title: 'Năm mẫu 2026', status: 'OPEN' },
        { __typename: 'EvaluationYear', id: 'y-2021', year: 2021, title: 'Kế hoạch 2021', status: 'PUBLISHED' },
      ],
    }),
  });
  return { ...mock, ...renderPage(mock.client, <EvaluationDashboardPage />, { path, year: 2021 }) };
}

const pageRequests = (requests: RecordedRequest[]) =>
  requests.filter((r) => r.operationName === 'EvaluationDashboardPage');

describe('EvaluationDashboardPage', () => {
  it("renders every chart's table with a caption, ties marked, for screen readers", async () => {
    setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Đánh giá CCHC năm 2021' })).toBeTruthy();
    const ranking = screen.getByRole('table', { name: /Xếp hạng Phòng chuyên môn \(chỉ số trung bình 87,5\)/ });
    const rows = within(ranking).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(within(rows[2]!).getByText('đồng hạng')).toBeTruthy();
    expect(within(rows[3]!).getByText('đồng hạng')).toBeTruthy();
    expect(within(rows[1]!).queryByText('đồng hạng')).toBeNull();
    expect(
      screen.getByRole('table', { name: 'Tình hình gửi báo cáo của từng đơn vị theo kỳ báo cáo' }).textContent,
    ).toContain('Trễ hạn');
    expect(
      screen.getByRole('table', { name: /tỷ lệ hài lòng theo từng tiêu chí so với mục tiêu trên 85 %/ }).textContent,
    ).toContain('Chưa đạt');
    const funnel = screen.getByRole('table', { name: /Tồn tại phát hiện qua kiểm tra/ });
    expect(within(funnel).getByRole('row', { name: /Quá hạn 2/ })).toBeTruthy();
    expect(screen.getByRole('table', { name: /theo lĩnh vực của kế hoạch/ }).textContent).toContain('75 %');
    expect(await screen.findByRole('table', { name: /Chỉ số từng lĩnh vực của Phòng Tư pháp/ })).toBeTruthy();
    expect(screen.getByText('Kế hoạch chưa có nhiệm vụ.')).toBeTruthy();
  });

  it("drills down from each ranking row to the unit's scorecard, and tiles link to their pages", async () => {
    setup();
    const ranking = await screen.findByRole('table', { name: /Xếp hạng Phòng chuyên môn/ });
    expect(within(ranking).getByRole('link', { name: 'Phòng Nội vụ' }).getAttribute('href')).toBe(
      '/results/u-nv?year=2021',
    );
    expect(screen.getByRole('link', { name: /Hành động khắc phục quá hạn\s*2/ }).getAttribute('href')).toBe(
      '/corrective-actions?year=2021',
    );
    expect(screen.getByRole('link', { name: /Báo cáo đúng hạn\s*75 %/ }).getAttribute('href')).toBe(
      '/reports?year=2021',
    );
    expect(screen.getByRole('link', { name: /Mức độ hài lòng\s*88,1 %/ }).getAttribute('href')).toBe(
      '/surveys?year=2021',
    );
  });

  it('keeps the filters in the URL and sends them to the server', async () => {
    const { requests } = setup();
    fireEvent.change(await screen.findByLabelText('Loại đơn vị'), { target: { value: 'ut-xa' } });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toContain('type=ut-xa'));
    await waitFor(() => expect(pageRequests(requests).at(-1)?.variables).toMatchObject({ unitTypeId: 'ut-xa' }));
    fireEvent.change(screen.getByLabelText('Lĩnh vực'), { target: { value: '2' } });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toContain('area=2'));
    const date = screen.getByLabelText('Tính đến ngày (dd/mm/yyyy)');
    fireEvent.change(date, { target: { value: '31/02/2021' } });
    fireEvent.click(screen.getByRole('button', { name: 'Áp dụng' }));
    expect((await screen.findByText(/Ngày không hợp lệ/)).textContent).toContain('dd/mm/yyyy');
    fireEvent.change(screen.getByLabelText('Tính đến ngày (dd/mm/yyyy)'), { target: { value: '30/06/2021' } });
    fireEvent.click(screen.getByRole('button', { name: 'Áp dụng' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toContain('asOf=2021-06-30'));
    await waitFor(() =>
      expect(pageRequests(requests).at(-1)?.variables).toMatchObject({
        unitTypeId: 'ut-xa',
        areaCode: '2',
        asOf: '2021-06-30',
      }),
    );
  });

  it('opens the most recent published year when the URL names none', async () => {
    setup('/evaluation');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/evaluation?year=2021'));
  });

  it('says so when the year has no results yet', async () => {
    setup('/evaluation?year=2021', dashboard({ ranking: [] }));
    expect(await screen.findAllByText('Chưa có kết quả đánh giá cho năm này.')).not.toHaveLength(0);
  });
});

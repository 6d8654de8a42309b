import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient, type RecordedRequest } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { SurveysPage } from './surveys-page';

const rate = (
  satisfied: number,
  valid: number,
  value: number | null,
  meets: boolean | null,
  aspect: string | null,
) => ({
  __typename: 'SatisfactionRate',
  aspect,
  satisfied,
  valid,
  rate: value,
  meetsTarget: meets,
});

const ASPECTS = [
  ['ACCESS', 'Tiếp cận dịch vụ'],
  ['PROCEDURE', 'Thủ tục hành chính'],
  ['OFFICIAL', 'Công chức trực tiếp giải quyết công việc'],
  ['RESULT', 'Kết quả giải quyết công việc'],
  ['FEEDBACK', 'Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị'],
] as const;

function yearWith(manage: boolean, surveys = [roundSummary]) {
  return {
    year: {
      __typename: 'EvaluationYear',
      id: 'y2021',
      year: 2021,
      viewerCanReadSurveys: true,
      viewerCanManageSurveys: manage,
      surveys,
    },
  };
}

const roundSummary = {
  __typename: 'Survey',
  id: 's-h1',
  kind: 'CITIZEN',
  periodCode: 'H1',
  title: 'Khảo sát 6 tháng đầu năm 2021 (dữ liệu mẫu)',
  targetPercent: 85,
};

const unit = (
  unitId: string,
  unitName: string,
  respondents: number,
  overall: ReturnType<typeof rate> | null,
  counts: Array<{ aspect: string; version: number; levels: number[] }> = [],
) => ({
  __typename: 'SurveyUnitResult',
  unitId,
  unitCode: unitId,
  unitName,
  respondents,
  overall,
  leaderOverall: null,
  counts: counts.map((c) => ({ __typename: 'SurveyCountsRow', letters: [0, 0, 0, 0], ...c })),
});

function round(manage: boolean, imports = [fileImport]) {
  return {
    survey: {
      ...roundSummary,
      version: 1,
      startsOn: '2021-06-01',
      endsOn: '2021-06-20',
      viewerCanManage: manage,
      aspects: ASPECTS.map(([code, name]) => ({ __typename: 'SurveyAspect', code, name })),
      overall: rate(15, 19, 78.95, false, null),
      aspectRates: [
        rate(3, 4, 75, false, 'ACCESS'),
        rate(9, 10, 90, true, 'PROCEDURE'),
        rate(0, 0, null, null, 'OFFICIAL'),
        rate(2, 2, 100, true, 'RESULT'),
        rate(1, 3, 33.33, false, 'FEEDBACK'),
      ],
      leaderOverall: null,
      leaderQuestions: [],
      units: [
        unit('u-tp', 'Phòng Tư pháp', 3, rate(10, 14, 71.43, false, null)),
        unit('u-lp', 'UBND phường Long Phước', 0, rate(20, 20, 100, true, null), [
          { aspect: 'ACCESS', version: 2, levels: [0, 0, 0, 10, 10] },
        ]),
        unit('u-vh', 'Phòng Văn hóa và Thông tin', 0, null),
      ],
      imports,
    },
  };
}

const fileImport = {
  __typename: 'SurveyImport',
  id: 'imp-1',
  fileName: 'phieu-6-thang.xlsx',
  rowCount: 4,
  importedAt: '2021-06-20T03:00:00.000Z',
  importedByName: 'Phòng Nội vụ',
};

describe('SurveysPage', () => {
  it('shows leadership the rates per aspect against the target as text and the units, without writing', async () => {
    const mock = mockClient({ SurveysPage: () => yearWith(false), SurveyRound: () => round(false) });
    renderPage(mock.client, <SurveysPage />, { path: '/surveys' });
    expect(await screen.findByRole('heading', { name: roundSummary.title })).toBeTruthy();
    expect(screen.getByText(/Chung: 78,95% \(15\/19 phiếu hài lòng\) · Chưa đạt chỉ tiêu/)).toBeTruthy();
    const bars = screen.getByRole('list', { name: 'Tỷ lệ hài lòng theo yếu tố' });
    expect(within(bars).getByText('75% (3/4) · Chưa đạt chỉ tiêu')).toBeTruthy();
    expect(within(bars).getByText('90% (9/10) · Đạt chỉ tiêu')).toBeTruthy();
    expect(within(bars).getByText('Chưa có phiếu')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tạo đợt khảo sát' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Nhập tệp' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Hoàn tác' })).toBeNull();
    // the units by name, then by rate (unanswered last)
    const table = screen.getByRole('table', { name: 'Theo đơn vị' });
    const names = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((c) => c.textContent);
    expect(names()).toEqual(['Phòng Tư pháp', 'Phòng Văn hóa và Thông tin', 'UBND phường Long Phước']);
    fireEvent.click(within(table).getByRole('button', { name: 'Tỷ lệ hài lòng' }));
    expect(names()).toEqual(['UBND phường Long Phước', 'Phòng Tư pháp', 'Phòng Văn hóa và Thông tin']);
    expect(within(table).getByText('Tệp phiếu (3)')).toBeTruthy();
    expect(within(table).getByText('Số liệu tổng hợp')).toBeTruthy();
  });

  it('tells Home Affairs there is no round yet and offers to create one', async () => {
    const mock = mockClient({ SurveysPage: () => yearWith(true, []) });
    renderPage(mock.client, <SurveysPage />, { path: '/surveys' });
    expect(await screen.findByText(/chưa có đợt khảo sát nào\. Hãy tạo đợt đầu tiên/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tạo đợt khảo sát' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tạo đợt khảo sát' });
    fireEvent.change(within(dialog).getByLabelText('Từ ngày (dd/mm/yyyy)'), { target: { value: '20/06/2021' } });
    fireEvent.change(within(dialog).getByLabelText('Đến ngày (dd/mm/yyyy)'), { target: { value: '01/06/2021' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tạo đợt' }));
    expect(await within(dialog).findByText('Ngày phải có dạng dd/mm/yyyy.')).toBeTruthy();
    expect(mock.requestsFor('CreateSurveyRound')).toHaveLength(0);
  });

  it('lists the rows of a refused file and saves nothing, then imports a good one', async () => {
    let answer: unknown = {
      importSurveyRespondents: {
        __typename: 'SurveyFileError',
        message: 'Tệp có 2 lỗi ở 2 dòng: chưa nhập phiếu nào.',
        code: 'SURVEY_FILE_REJECTED',
        problemCount: 2,
        problems: [
          {
            __typename: 'SurveyRowProblem',
            row: 3,
            column: 'Mã đơn vị',
            code: 'UNKNOWN_UNIT',
            message: 'Dòng 3: mã đơn vị "xa-la" không có trong danh sách đơn vị của năm.',
          },
          {
            __typename: 'SurveyRowProblem',
            row: 5,
            column: null,
            code: 'DUPLICATE_IN_FILE',
            message: 'Dòng 5: trùng với dòng 2 trong tệp.',
          },
        ],
      },
    };
    const mock = mockClient({
      SurveysPage: () => yearWith(true),
      SurveyRound: () => round(true),
      ImportSurveyRespondents: () => answer,
    });
    renderPage(mock.client, <SurveysPage />, { path: '/surveys' });
    const input = (await screen.findByLabelText('Chọn tệp phiếu')) as HTMLInputElement;
    expect(screen.getByRole('link', { name: 'Tải tệp mẫu (.xlsx)' }).getAttribute('href')).toBe(
      '/templates/survey.xlsx?yearId=y2021',
    );
    const file = new File(['Mã đơn vị,ACCESS\ntu-phap,5\n'], 'phieu.csv', { type: 'text/csv' });
    fireEvent.change(input, { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Nhập tệp' }));
    const problems = await screen.findByRole('table', { name: 'Lỗi trong tệp' });
    expect(
      within(problems)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'DòngCộtLỗi',
      '3Mã đơn vịDòng 3: mã đơn vị "xa-la" không có trong danh sách đơn vị của năm.',
      '5Dòng 5: trùng với dòng 2 trong tệp.',
    ]);
    expect(screen.getByText(/Tệp bị từ chối, chưa nhập phiếu nào \(2 lỗi\)/)).toBeTruthy();
    const sent = mock.requestsFor('ImportSurveyRespondents')[0] as RecordedRequest;
    expect(sent.variables.input).toEqual({
      surveyId: 's-h1',
      fileName: 'phieu.csv',
      contentBase64: Buffer.from('Mã đơn vị,ACCESS\ntu-phap,5\n').toString('base64'),
    });
    answer = {
      importSurveyRespondents: {
        __typename: 'ImportSurveyRespondentsSuccess',
        importId: 'imp-2',
        rowCount: 12,
        unitCount: 3,
      },
    };
    fireEvent.click(screen.getByRole('button', { name: 'Nhập tệp' }));
    expect(await screen.findByText('Đã nhập 12 phiếu của 3 đơn vị từ tệp phieu.csv.')).toBeTruthy();
  });

  it('undoes an import only after a confirmation', async () => {
    const mock = mockClient({
      SurveysPage: () => yearWith(true),
      SurveyRound: () => round(true, mock.requestsFor('DeleteSurveyImport').length ? [] : [fileImport]),
      DeleteSurveyImport: () => ({
        deleteSurveyImport: { __typename: 'SurveySuccess', survey: { __typename: 'Survey', id: 's-h1' } },
      }),
    });
    renderPage(mock.client, <SurveysPage />, { path: '/surveys' });
    fireEvent.click(await screen.findByRole('button', { name: 'Hoàn tác' }));
    const confirm = await screen.findByText(/Hoàn tác lần nhập tệp "phieu-6-thang.xlsx"\? 4 phiếu sẽ bị xoá/);
    expect(mock.requestsFor('DeleteSurveyImport')).toHaveLength(0);
    fireEvent.click(within(confirm.parentElement!).getByRole('button', { name: 'Xoá lần nhập' }));
    expect(await screen.findByText('Đã hoàn tác lần nhập tệp phieu-6-thang.xlsx.')).toBeTruthy();
    expect(mock.requestsFor('DeleteSurveyImport')[0]!.variables).toEqual({ input: { importId: 'imp-1' } });
    await waitFor(() => expect(screen.getByText('Chưa có lần nhập tệp nào.')).toBeTruthy());
  });

  it('enters aggregate counts for a unit without imported respondents, with the versions seen', async () => {
    const mock = mockClient({
      SurveysPage: () => yearWith(true),
      SurveyRound: () => round(true),
      SaveSurveyCounts: () => ({
        saveSurveyCounts: { __typename: 'SurveySuccess', survey: { __typename: 'Survey', id: 's-h1' } },
      }),
    });
    renderPage(mock.client, <SurveysPage />, { path: '/surveys' });
    fireEvent.click(await screen.findByRole('button', { name: 'Nhập số liệu tổng hợp' }));
    const dialog = await screen.findByRole('dialog', { name: 'Số liệu tổng hợp của đơn vị' });
    const unitSelect = within(dialog).getByLabelText('Đơn vị') as HTMLSelectElement;
    // Phòng Tư pháp has respondents from a file: not offered
    expect([...unitSelect.options].map((o) => o.text)).toEqual([
      'UBND phường Long Phước',
      'Phòng Văn hóa và Thông tin',
    ]);
    expect((within(dialog).getByLabelText('Tiếp cận dịch vụ – Hài lòng') as HTMLInputElement).value).toBe('10');
    fireEvent.change(within(dialog).getByLabelText('Kết quả giải quyết công việc – Rất hài lòng'), {
      target: { value: '7' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu số liệu' }));
    expect(await screen.findByText('Đã lưu số liệu tổng hợp của UBND phường Long Phước.')).toBeTruthy();
    expect(mock.requestsFor('SaveSurveyCounts')[0]!.variables).toEqual({
      input: {
        surveyId: 's-h1',
        unitId: 'u-lp',
        rows: [
          { aspect: 'ACCESS', version: 2, levels: [0, 0, 0, 10, 10] },
          { aspect: 'RESULT', version: null, levels: [0, 0, 0, 0, 7] },
        ],
      },
    });
  });
});

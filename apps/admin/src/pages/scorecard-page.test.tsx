import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { permissionsAll } from '../test/fixtures';
import { GraphQLErrorsAnswer, mockClient, type RecordedRequest, type Resolver } from '../test/graphql-mock';
import { AppContext } from '../components/year-context';
import { LocationProbe, renderRoutes } from '../test/render';
import { rankingRows, resultRow, resultsYear, scorecardVanHoa, standing } from '../test/results-fixtures';
import { ScorecardPage } from './scorecard-page';

type Change = { leafCode: string; points: number };

function renderScorecard({
  scorecard = scorecardVanHoa as unknown,
  forbidden = false,
  rows = rankingRows as unknown[],
  whatIf,
  permissions = permissionsAll,
  page,
}: {
  scorecard?: unknown;
  forbidden?: boolean;
  rows?: unknown[];
  whatIf?: Resolver;
  permissions?: typeof permissionsAll;
  /** the page query's whole answer, instead of the scorecard given */
  page?: Resolver;
} = {}) {
  const mock = mockClient({
    ScorecardYear: () => ({ year: resultsYear({ forbidden, rows }) }),
    ScorecardPage: (request: RecordedRequest) => {
      expect(request.variables).toEqual({ yearId: 'y-2021', unitId: 'u-vh' });
      return page ? page(request) : { unitScorecard: scorecard };
    },
    WhatIf:
      whatIf ??
      ((request: RecordedRequest) => {
        const { changes } = request.variables as { changes: Change[] };
        // the server's answer for 1.1.2 at its maximum: 79,02, Khá → still Khá, rank 3 → 3
        const gained = changes.reduce((sum, c) => sum + c.points, 0);
        const index = Math.round((77.02 + gained) * 100) / 100;
        return {
          whatIf: {
            __typename: 'WhatIfOutcome',
            before: standing(77.02, 3, 'KHA'),
            after: standing(index, index >= 80 ? 1 : 3, index >= 80 ? 'TOT' : 'KHA'),
            indexDelta: Math.round(gained * 100) / 100,
          },
        };
      }),
  });
  const view = renderRoutes(
    mock.client,
    [
      {
        path: '/results/:unitId',
        element: (
          <AppContext.Provider value={{ year: 2021, permissions }}>
            <ScorecardPage />
            <LocationProbe />
          </AppContext.Provider>
        ),
      },
    ],
    '/results/u-vh?year=2021',
  );
  return { ...mock, ...view };
}

function leafItem(code: string) {
  return screen.getByRole('heading', { name: new RegExp(`^${code.replace(/\./g, '\\.')} `), level: 4 }).closest('li')!;
}

describe('ScorecardPage: why this unit has 77,02', () => {
  it('shows the index, tier, rank (a tie marked), the formula, area sub-indices and the bonus with its reason', async () => {
    renderScorecard();
    expect(
      await screen.findByRole('heading', { name: 'Phiếu điểm: Phòng Văn hóa và Thông tin', level: 1 }),
    ).toBeTruthy();
    const summary = screen.getByText('Chỉ số', { selector: 'dt' }).closest('dl')!;
    expect(within(summary).getByText('77,02')).toBeTruthy();
    expect(within(summary).getByText('Khá')).toBeTruthy();
    expect(within(summary).getByText('3/3')).toBeTruthy();
    expect(
      screen.getByText(
        'Điểm đạt 76,52 + thưởng 0,5 − trừ 0 = 77,02 trên tối đa 100 điểm → Chỉ số = 100 × 77,02 ÷ 100 = 77,02',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'I. Cải cách thể chế' }).closest('tr')!.textContent).toContain('80');
    expect(screen.getByRole('link', { name: 'II. Cải cách thủ tục hành chính' }).closest('tr')!.textContent).toContain(
      'Không áp dụng',
    );
    const bonus = screen.getByText(/Mô hình “Một cửa thân thiện” được tỉnh nhân rộng/);
    expect(bonus.textContent).toContain('Thưởng +0,5');
    expect(screen.getByText('1 tiêu chí chưa có điểm (tính 0 điểm): 1.1.2')).toBeTruthy();
    // the domain's own words for the same thing are not repeated; its other warnings are shown
    expect(screen.queryByText('1 tiêu chí chưa có điểm (tính 0): 1.1.2')).toBeNull();
    expect(screen.getByText('Điểm thưởng 0,5 trong giới hạn 2')).toBeTruthy();
    expect(screen.queryByText('Đồng hạng')).toBeNull();
  });

  it('ranks within the unit type: a tie is a shared rank among its peers only', async () => {
    // another type has a unit at rank 3 too: not a tie
    const { unmount } = renderScorecard({
      rows: [
        ...rankingRows,
        resultRow('u-lt', 'UBND phường Long Thủy', 'xa', {
          index: 60,
          points: 60,
          rank: 3,
          rankOf: 3,
          tier: 'TRUNG_BINH',
        }),
      ],
    });
    const rank = (await screen.findByText('Hạng trong Phòng chuyên môn', { selector: 'dt' })).nextElementSibling!;
    expect(rank.textContent).toBe('3/3');
    unmount();
    // a peer at the same rank: a tie
    renderScorecard({
      rows: [
        ...rankingRows,
        resultRow('u-gd', 'Phòng Giáo dục và Đào tạo', 'phong', {
          index: 77.02,
          points: 77.02,
          rank: 3,
          rankOf: 4,
          tier: 'KHA',
        }),
      ],
    });
    const tied = (await screen.findByText('Hạng trong Phòng chuyên môn', { selector: 'dt' })).nextElementSibling!;
    expect(tied.textContent).toBe('3/3Đồng hạng');
  });

  it('explains a leaf: points of the maximum, the source counted, the rule, inputs, superseded values and every entry', async () => {
    renderScorecard();
    await screen.findByRole('heading', { name: 'Phiếu điểm: Phòng Văn hóa và Thông tin', level: 1 });
    const leaf = within(leafItem('1.1.1'));
    expect(leaf.getByText('0,8', { selector: '.leaf-points strong' }).parentElement!.textContent).toBe('0,8 / 1');
    expect(leaf.getByText('Tính theo thẩm định vòng 2')).toBeTruthy();
    expect(leaf.getByText('checklist: 4/5 × 1 = 0,8', { exact: false })).toBeTruthy();
    // the rule's inputs: known names translated, numbers with the decimal comma, the method's kind left out
    const inputs = leaf.getAllByText('số nội dung đạt')[0]!.closest('dl')!;
    expect(inputs.textContent).toBe(
      'số nội dung đạt4tổng số nội dung5tỷ lệ0,8tình trạngtrễ hạn (tính như không gửi)noteđủ_hồ_sơ',
    );
    expect(leaf.getByText(/Không được tính/).parentElement!.textContent).toBe(
      'Không được tính: thẩm định vòng 1: 0,6; tự chấm: 1',
    );
    const entries = leaf
      .getAllByRole('listitem')
      .filter((item) => item.parentElement?.classList.contains('entries'))
      .map((item) => item.textContent?.replace(/\s+/g, ' ').trim());
    expect(entries).toEqual([
      'tự chấm: 1 · Lê Thị Hoa · 20/11/2021 15:15Đã ban hành đủ 5 nội dungKH-CCHC-2021.pdfBien-ban-hop.jpg',
      'thẩm định vòng 1: 0,6 · Nguyễn Thị Lan · 10/12/2021 10:30Thiếu tài liệu kiểm chứng 2 nội dung',
      'thẩm định vòng 2: 0,8 · Nguyễn Thị Lan · 12/01/2022 16:45Đã bổ sung 1 tài liệusố nội dung đạt4tổng số nội dung5',
    ]);
    expect(leaf.getByText('3 lần chấm · 2 tài liệu kiểm chứng')).toBeTruthy();
    // the evidence of an entry: links to the files (access is checked by the server on each read)
    const files = leaf.getByRole('list', { name: 'Tài liệu kiểm chứng' });
    expect(
      within(files)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['KH-CCHC-2021.pdf', '/files/f-1'],
      ['Bien-ban-hop.jpg', '/files/f-2'],
    ]);
  });

  it('highlights a missing leaf and shows a not-applicable one with its reason', async () => {
    renderScorecard();
    await screen.findByRole('heading', { name: 'Phiếu điểm: Phòng Văn hóa và Thông tin', level: 1 });
    const missing = leafItem('1.1.2');
    expect(missing.classList.contains('leaf-missing')).toBe(true);
    expect(within(missing).getByText('Chưa có điểm')).toBeTruthy();
    const notApplicable = leafItem('2.1.1');
    expect(within(notApplicable).getByText('không áp dụng', { selector: '.badge' })).toBeTruthy();
    expect(within(notApplicable).getByText('Đơn vị không giải quyết TTHC')).toBeTruthy();
    // leaves are grouped under their area
    const areaII = screen.getByRole('region', { name: 'II. Cải cách thủ tục hành chính' });
    expect(
      within(areaII)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['2.1.1 Công khai TTHC']);
  });

  it('what-if: sends the changed leaves, shows the server’s index, tier and rank, labelled not saved; reset clears', async () => {
    const { requestsFor } = renderScorecard();
    fireEvent.click(await screen.findByRole('button', { name: 'Thử thay đổi điểm (không lưu)' }));
    const panel = screen.getByRole('region', { name: /Giả định/ });
    expect(within(panel).getByText('không lưu')).toBeTruthy();
    // only applicable leaves get a field
    expect(screen.queryByLabelText(/Điểm giả định cho 2\.1\.1/)).toBeNull();

    const missing = screen.getByLabelText('Điểm giả định cho 1.1.2 (tối đa 2)');
    fireEvent.change(missing, { target: { value: '2,5' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Tính thử' }));
    expect(await screen.findByText('Tối đa 2 điểm.')).toBeTruthy();
    expect(missing.getAttribute('aria-invalid')).toBe('true');
    expect(requestsFor('WhatIf')).toHaveLength(0);

    fireEvent.change(missing, { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Điểm giả định cho 1.1.1 (tối đa 1)'), { target: { value: '1' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Tính thử' }));
    const result = await within(panel).findByRole('heading', { name: 'Kết quả giả định — không lưu' });
    expect(requestsFor('WhatIf').map((r) => r.variables)).toEqual([
      {
        yearId: 'y-2021',
        unitId: 'u-vh',
        changes: [
          { leafCode: '1.1.1', points: 1 },
          { leafCode: '1.1.2', points: 2 },
        ],
      },
    ]);
    const table = within(result.parentElement!).getByRole('table');
    const row = (name: RegExp) =>
      [...within(table).getByRole('rowheader', { name }).closest('tr')!.children].map((c) => c.textContent);
    expect(row(/^Chỉ số$/)).toEqual(['Chỉ số', '77,02', '80,02 (+3)']);
    expect(row(/^Xếp loại$/)).toEqual(['Xếp loại', 'Khá', 'Tốt']);
    expect(row(/^Hạng/)).toEqual(['Hạng trong Phòng chuyên môn', '3/3', '1/3']);
    // nothing on the scorecard itself changed
    expect(screen.getByText('Chỉ số', { selector: 'dt' }).nextElementSibling!.textContent).toBe('77,02');

    fireEvent.click(within(panel).getByRole('button', { name: 'Đặt lại' }));
    expect(within(panel).queryByRole('heading', { name: 'Kết quả giả định — không lưu' })).toBeNull();
    expect((screen.getByLabelText('Điểm giả định cho 1.1.2 (tối đa 2)') as HTMLInputElement).value).toBe('');
  });

  it('what-if with no change asks for one instead of calling the server', async () => {
    const { requestsFor } = renderScorecard();
    fireEvent.click(await screen.findByRole('button', { name: 'Thử thay đổi điểm (không lưu)' }));
    fireEvent.change(screen.getByLabelText('Điểm giả định cho 1.1.1 (tối đa 1)'), { target: { value: '0,8' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tính thử' }));
    expect(await screen.findByText('Chưa có điểm giả định nào khác điểm hiện tại.')).toBeTruthy();
    expect(requestsFor('WhatIf')).toHaveLength(0);
  });

  it('a unit’s own officer before publication: the scorecard without rank or what-if', async () => {
    renderScorecard({ forbidden: true, permissions: { ...permissionsAll, viewResults: false } });
    await screen.findByRole('heading', { name: 'Phiếu điểm: Phòng Văn hóa và Thông tin', level: 1 });
    expect(screen.getByText('Chỉ số', { selector: 'dt' }).closest('dl')!.textContent).toContain('—');
    expect(screen.queryByRole('button', { name: 'Thử thay đổi điểm (không lưu)' })).toBeNull();
    expect(screen.queryByRole('link', { name: /Kết quả năm/ })).toBeNull();
  });

  it('says so when the server refuses the scorecard', async () => {
    renderScorecard({
      scorecard: {
        __typename: 'ForbiddenError',
        message: 'Không có quyền.',
        code: 'FORBIDDEN',
        reason: 'NOT_YOUR_UNIT',
      },
    });
    expect(await screen.findByText('Bạn chỉ xem được kết quả của đơn vị mình trước khi công bố.')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('link', { name: '← Kết quả năm 2021' })).toBeTruthy());
  });
});

describe('ScorecardPage when the server fails', () => {
  it("shows the server's error, not 'Đang tải…' forever, when the scorecard field fails", async () => {
    renderScorecard({
      page: () =>
        new GraphQLErrorsAnswer(
          [
            {
              message: 'Lỗi máy chủ nội bộ. Vui lòng thử lại sau.',
              path: ['unitScorecard'],
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            },
          ],
          { unitScorecard: null, evaluationYear: null },
        ),
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Lỗi máy chủ nội bộ');
  });
});

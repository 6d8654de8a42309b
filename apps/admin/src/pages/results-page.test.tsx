import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { permissionsAll } from '../test/fixtures';
import { mockClient, type RecordedRequest, type Resolver } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import {
  rankingPageAnswer,
  rankingRows,
  resultRow,
  resultsYear,
  snapshot,
  type SnapshotFixture,
} from '../test/results-fixtures';
import { ResultsPage } from './results-page';

const LOCKED_AT = '2022-01-20T03:05:00.000Z'; // 10:05 in Vietnam
const APPROVED_AT = '2022-01-25T07:00:00.000Z';
const PUBLISHED_AT = '2022-02-08T02:30:00.000Z';

interface ServerState {
  status: string;
  snapshot: SnapshotFixture | null;
  viewerCanLockResults: boolean;
  rows?: unknown[];
}

/** A small API: the page query reads the state; lock, approve and publish change it, as the server would. */
function fakeServer(initial: ServerState, answers: Partial<Record<string, Resolver>> = {}) {
  const state: ServerState = structuredClone(initial);
  const year = () =>
    resultsYear({
      status: state.status,
      snapshot: state.snapshot ? snapshot(state.snapshot) : null,
      viewerCanLockResults: state.viewerCanLockResults,
      source: state.status === 'PUBLISHED' ? 'SNAPSHOT' : 'LIVE',
      ...(state.rows ? { rows: state.rows } : {}),
    });
  const step =
    (name: string, change: () => void): Resolver =>
    (request: RecordedRequest) => {
      const { input } = request.variables as { input: { yearId: string; version: number } };
      expect(input.yearId).toBe('y-2021');
      change();
      return { [name]: { __typename: 'ResultSnapshotSuccess', year: year() } };
    };
  return {
    state,
    resolvers: {
      ResultsPage: () => ({ year: year() }),
      // the ranking's pages, cut by the domain's paging as the server does
      ResultsRankingPage: (request: RecordedRequest) =>
        rankingPageAnswer((state.rows ?? rankingRows) as typeof rankingRows, request.variables),
      LockResults:
        answers.LockResults ??
        step('lockResults', () => {
          state.snapshot = { ...state.snapshot, version: (state.snapshot?.version ?? 0) + 1, lockedAt: LOCKED_AT };
        }),
      ApproveResults:
        answers.ApproveResults ??
        step('approveResults', () => {
          state.snapshot = { ...state.snapshot!, version: state.snapshot!.version + 1, approvedAt: APPROVED_AT };
        }),
      PublishResults:
        answers.PublishResults ??
        step('publishResults', () => {
          state.status = 'PUBLISHED';
          state.snapshot = {
            ...state.snapshot!,
            version: state.snapshot!.version + 1,
            publishedAt: PUBLISHED_AT,
            viewerCanApprove: false,
            viewerCanPublish: false,
          };
          state.viewerCanLockResults = false;
        }),
    } satisfies Record<string, Resolver>,
  };
}

function renderResults(
  initial: ServerState,
  answers: Partial<Record<string, Resolver>> = {},
  path = '/results?year=2021',
) {
  const server = fakeServer(initial, answers);
  const mock = mockClient(server.resolvers);
  const view = renderPage(mock.client, <ResultsPage />, { path, permissions: permissionsAll });
  return { ...mock, ...view, server };
}

const draftForHomeAffairs: ServerState = { status: 'APPRAISAL', snapshot: null, viewerCanLockResults: true };
const lockedForLeadership: ServerState = {
  status: 'APPRAISAL',
  snapshot: { version: 1, lockedAt: LOCKED_AT, viewerCanApprove: true, viewerCanPublish: true },
  viewerCanLockResults: false,
};

// jsdom-like DOMs have no layout: the virtualized table's scrolling box is given a size (as
// @tanstack/react-virtual's docs suggest), 600 px tall: about 14 rows of 44 px, and a few around them.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1024);
});

async function rankingTable() {
  return await screen.findByRole('table', { name: 'Bảng xếp hạng năm 2021' });
}

/** The body rows' first six cells: rank, unit, unit type, points, index, tier. */
function bodyRows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .filter((row) => Number(row.getAttribute('aria-rowindex')) > 1)
    .map((row) => [...row.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()).slice(0, 6));
}

async function rowsShown(expected: number) {
  const table = await rankingTable();
  await waitFor(() => expect(bodyRows(table)).toHaveLength(expected));
  return bodyRows(table);
}

describe('ResultsPage: the ranking', () => {
  it('ranks within each unit type; units with equal indices share a rank and are shown as ties', async () => {
    renderResults(draftForHomeAffairs);
    expect(
      await screen.findByRole('heading', { name: 'Kết quả đánh giá Chỉ số CCHC năm 2021', level: 1 }),
    ).toBeTruthy();
    expect(await rowsShown(4)).toEqual([
      ['1/3Đồng hạng', 'Phòng Tài chính-Kế hoạch', 'Phòng chuyên môn', '91,5 / 100', '91,5', 'Xuất sắc'],
      ['1/3Đồng hạng', 'Phòng Tư pháp', 'Phòng chuyên môn', '91,5 / 100', '91,5', 'Xuất sắc'],
      ['3/3', 'Phòng Văn hóa và Thông tin', 'Phòng chuyên môn', '77,02 / 100', '77,02', 'Khá'],
      ['1/1', 'UBND phường Long Phước', 'UBND xã, phường', '64,25 / 100', '64,25', 'Trung bình'],
    ]);
    const table = await rankingTable();
    expect(table.getAttribute('aria-rowcount')).toBe('5');
    expect(screen.getByText('4 đơn vị phù hợp')).toBeTruthy();
    // area sub-indices with the decimal comma; an area that does not apply is a dash
    const ward = within(table).getByRole('rowheader', { name: 'Phiếu điểm của UBND phường Long Phước' }).closest('tr')!;
    expect([...ward.children].slice(6).map((c) => c.textContent)).toEqual(['70', '—']);
    const culture = within(table)
      .getByRole('rowheader', { name: 'Phiếu điểm của Phòng Văn hóa và Thông tin' })
      .closest('tr')!;
    expect([...culture.children].slice(6).map((c) => c.textContent)).toEqual(['80', '75,5']);
  });

  it('links every unit to its scorecard', async () => {
    renderResults(draftForHomeAffairs);
    const link = await screen.findByRole('link', { name: 'Phiếu điểm của Phòng Văn hóa và Thông tin' });
    expect(link.getAttribute('href')).toBe('/results/u-vh?year=2021');
  });

  it('filters by unit type, tier and a search on the server (kept in the address)', async () => {
    const { requestsFor } = renderResults(draftForHomeAffairs);
    await rowsShown(4);
    fireEvent.change(screen.getByLabelText('Loại đơn vị'), { target: { value: 'xa' } });
    expect((await rowsShown(1)).map((r) => r[1])).toEqual(['UBND phường Long Phước']);
    expect(screen.getByTestId('location').textContent).toBe('/results?year=2021&type=xa');
    expect(requestsFor('ResultsRankingPage').at(-1)!.variables).toMatchObject({
      unitTypeId: 'ut-xa',
      offset: 0,
      limit: 100,
      sort: 'RANK',
    });

    fireEvent.change(screen.getByLabelText('Loại đơn vị'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Xếp loại'), { target: { value: 'XUAT_SAC' } });
    expect((await rowsShown(2)).map((r) => r[1])).toEqual(['Phòng Tài chính-Kế hoạch', 'Phòng Tư pháp']);
    // a tie stays a tie whatever the filter: it is the ranking's
    expect((await rowsShown(2)).every((r) => r[0]!.includes('Đồng hạng'))).toBe(true);

    fireEvent.change(screen.getByLabelText('Xếp loại'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Tìm đơn vị'), { target: { value: 'van hoa' } });
    expect((await rowsShown(1)).map((r) => r[1])).toEqual(['Phòng Văn hóa và Thông tin']);
    expect(screen.getByTestId('location').textContent).toBe('/results?year=2021&q=van+hoa');

    fireEvent.change(screen.getByLabelText('Tìm đơn vị'), { target: { value: 'không có' } });
    expect(await screen.findByText('Không có đơn vị nào được xếp hạng.')).toBeTruthy();
  });

  it('sorts by clicking a column header (aria-sort), on the server, kept in the address', async () => {
    const { requestsFor } = renderResults(draftForHomeAffairs);
    await rowsShown(4);
    const header = () => within(screen.getByRole('table')).getByRole('columnheader', { name: /Chỉ số/ });
    expect(header().getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(header()).getByRole('button')); // highest first
    await waitFor(() => expect(header().getAttribute('aria-sort')).toBe('descending'));
    fireEvent.click(within(header()).getByRole('button')); // lowest first
    await waitFor(() =>
      expect(bodyRows(screen.getByRole('table')).map((r) => r[1])).toEqual([
        'UBND phường Long Phước',
        'Phòng Văn hóa và Thông tin',
        'Phòng Tài chính-Kế hoạch',
        'Phòng Tư pháp',
      ]),
    );
    expect(header().getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByTestId('location').textContent).toBe('/results?year=2021&sort=index&dir=asc');
    expect(requestsFor('ResultsRankingPage').at(-1)!.variables).toMatchObject({ sort: 'INDEX', descending: false });

    // by name, from the address: Vietnamese order
    const byName = () => within(screen.getByRole('table')).getByRole('columnheader', { name: /^Đơn vị/ });
    fireEvent.click(within(byName()).getByRole('button'));
    await waitFor(() => expect(byName().getAttribute('aria-sort')).toBe('ascending'));
    expect(header().getAttribute('aria-sort')).toBe('none');
    expect(screen.getByTestId('location').textContent).toBe('/results?year=2021&sort=name&dir=asc');
  });

  it('renders only the rows in view of thousands, fetching their pages as the table scrolls', async () => {
    const many = Array.from({ length: 2500 }, (_, i) =>
      resultRow(`u-${i}`, `UBND xã Mẫu ${String(i + 1).padStart(4, '0')}`, 'xa', {
        index: 90 - i / 100,
        points: 90 - i / 100,
        rank: i + 1,
        rankOf: 2500,
        tier: 'TOT',
      }),
    );
    const { requestsFor } = renderResults({ ...draftForHomeAffairs, rows: many });
    const table = await rankingTable();
    expect(table.getAttribute('aria-rowcount')).toBe('2501');
    await waitFor(() => expect(bodyRows(table).length).toBeGreaterThan(5));
    expect(bodyRows(table).length).toBeLessThan(40);
    expect(bodyRows(table)[0]![1]).toBe('UBND xã Mẫu 0001');
    expect(requestsFor('ResultsRankingPage').map((r) => r.variables.offset)).toEqual([0]);

    // scroll to the 1,201st row: its page (offset 1,200) is asked, and its rows shown where they belong
    const box = table.closest('.vtable-scroll') as HTMLElement;
    box.scrollTop = 1200 * 44;
    fireEvent.scroll(box);
    await waitFor(() =>
      expect(within(table).getByRole('link', { name: 'Phiếu điểm của UBND xã Mẫu 1201' })).toBeTruthy(),
    );
    expect(requestsFor('ResultsRankingPage').map((r) => r.variables.offset)).toContain(1200);
    const row = within(table).getByRole('link', { name: 'Phiếu điểm của UBND xã Mẫu 1201' }).closest('tr')!;
    expect(row.getAttribute('aria-rowindex')).toBe('1202');
    expect(bodyRows(table).length).toBeLessThan(40);
  });

  it('shows every row as a card at phone width, still only the rows in view', async () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) =>
        ({
          matches: query === '(max-width: 640px)',
          media: query,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
        }) as unknown as MediaQueryList,
    );
    renderResults(draftForHomeAffairs);
    const rows = await rowsShown(4);
    expect(rows[0]).toEqual([
      '1/3Đồng hạng',
      'Phòng Tài chính-Kế hoạch',
      'Phòng chuyên môn',
      '91,5 / 100',
      '91,5',
      'Xuất sắc',
    ]);
    const table = await rankingTable();
    expect(table.classList.contains('vtable-cards')).toBe(true);
    // each value carries its label for the card; rows are taller than a table line
    const first = within(table).getAllByRole('row')[1]!;
    expect(first.querySelector('[data-label="Chỉ số"]')?.textContent).toBe('91,5');
    expect(Number.parseInt(first.style.height, 10)).toBeGreaterThan(100);
  });

  it('says when no score has been entered yet', async () => {
    const zero = rankingRows.map((r) => ({ ...r, points: 0, earned: 0, bonus: 0, index: 0, rank: 1 }));
    renderResults({ ...draftForHomeAffairs, rows: zero });
    expect(await screen.findByText('Chưa có kết quả: chưa có điểm nào được nhập.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the draft state with the day and time the figures are computed', async () => {
    renderResults(draftForHomeAffairs);
    const state = await screen.findByRole('region', { name: /Trạng thái kết quả/ });
    expect(within(state).getByText('Bản nháp')).toBeTruthy();
    expect(
      within(state).getByText('Số liệu theo ngày 20/01/2022 · Tính trực tiếp từ điểm đã nhập lúc 20/01/2022 10:05'),
    ).toBeTruthy();
  });
});

describe('ResultsPage: lock, approve, publish', () => {
  it('offers each step only as the server allows it', async () => {
    // Home Affairs before the first lock
    const first = renderResults(draftForHomeAffairs);
    await screen.findByRole('region', { name: /Trạng thái kết quả/ });
    expect(screen.getByRole('button', { name: 'Khóa kết quả' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Phê duyệt' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Công bố' })).toBeNull();
    first.unmount();

    // leadership, locked: approve (publishing waits for the approval)
    const second = renderResults(lockedForLeadership);
    await screen.findByText('Đã khóa', { selector: '.badge' });
    expect(screen.getByText('20/01/2022 10:05 — Nguyễn Thị Lan')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Phê duyệt' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Công bố' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Khóa/ })).toBeNull();
    second.unmount();

    // the administrator reads, does nothing
    const third = renderResults({
      ...lockedForLeadership,
      snapshot: { ...lockedForLeadership.snapshot!, viewerCanApprove: false, viewerCanPublish: false },
    });
    await screen.findByText('Đã khóa', { selector: '.badge' });
    expect(screen.queryAllByRole('button', { name: /Khóa|Phê duyệt|Công bố/ })).toEqual([]);
    third.unmount();

    // Home Affairs once approved: lock again or publish
    renderResults({
      ...lockedForLeadership,
      snapshot: { ...lockedForLeadership.snapshot!, approvedAt: APPROVED_AT, viewerCanApprove: false },
      viewerCanLockResults: true,
    });
    await screen.findByText('Đã phê duyệt', { selector: '.badge' });
    expect(screen.getByRole('button', { name: 'Công bố' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Khóa lại kết quả' })).toBeTruthy();
  });

  it('locks after a confirmation that says what locking does; cancelling sends nothing', async () => {
    const { requestsFor, server } = renderResults(draftForHomeAffairs);
    fireEvent.click(await screen.findByRole('button', { name: 'Khóa kết quả' }));
    let dialog = await screen.findByRole('dialog', { name: 'Khóa kết quả năm 2021' });
    expect(within(dialog).getByText(/khóa lại làm kết quả của năm/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(requestsFor('LockResults')).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Khóa kết quả' }));
    dialog = await screen.findByRole('dialog', { name: 'Khóa kết quả năm 2021' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Khóa kết quả' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requestsFor('LockResults').map((r) => r.variables)).toEqual([{ input: { yearId: 'y-2021', version: 0 } }]);
    expect(server.state.snapshot?.lockedAt).toBe(LOCKED_AT);
    expect(await screen.findByText('Đã khóa', { selector: '.badge' })).toBeTruthy();
    expect(await screen.findByText('Đã khóa kết quả.')).toBeTruthy();
    // locking again is offered, and says it replaces the locked results
    fireEvent.click(screen.getByRole('button', { name: 'Khóa lại kết quả' }));
    expect(screen.getByText(/thay kết quả đã khóa/)).toBeTruthy();
  });

  it('publishing says the year becomes read-only; afterwards the published results and the public link show', async () => {
    const approved: ServerState = {
      ...lockedForLeadership,
      snapshot: { ...lockedForLeadership.snapshot!, version: 2, approvedAt: APPROVED_AT },
    };
    const { requestsFor } = renderResults(approved);
    fireEvent.click(await screen.findByRole('button', { name: 'Công bố' }));
    const dialog = await screen.findByRole('dialog', { name: 'Công bố kết quả năm 2021' });
    expect(within(dialog).getByText(/năm 2021 chuyển sang chỉ đọc/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Công bố' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requestsFor('PublishResults')[0]!.variables).toEqual({ input: { yearId: 'y-2021', version: 2 } });

    expect(await screen.findByText('Đã công bố', { selector: '.badge' })).toBeTruthy();
    // the ranking was read again: now the published snapshot
    await screen.findByText(/Kết quả đã công bố \(tính lúc 20\/01\/2022 10:05\)/);
    expect(requestsFor('ResultsPage').length).toBeGreaterThanOrEqual(2);
    const link = screen.getByRole('link', { name: 'Xem trang công khai' });
    expect(link.getAttribute('href')).toBe('/cong-khai/phuoc-long/2021');
    expect(screen.queryAllByRole('button', { name: /Khóa|Phê duyệt|Công bố/ })).toEqual([]);
  });

  it('shows a conflict in Vietnamese and reloads the state on request', async () => {
    const { requestsFor } = renderResults(lockedForLeadership, {
      ApproveResults: () => ({
        approveResults: {
          __typename: 'ConflictError',
          message: 'Dữ liệu đã được người khác cập nhật sau khi bạn mở. Hãy xem giá trị hiện tại rồi thử lại.',
          code: 'CONFLICT',
          currentVersion: 2,
        },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Phê duyệt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Phê duyệt kết quả năm 2021' });
    expect(within(dialog).getByText(/kết quả đã khóa lúc 20\/01\/2022 10:05/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Phê duyệt' }));
    // The alert region may render before its text arrives: wait for the message itself.
    const alert = await waitFor(() => {
      const region = within(dialog).getByRole('alert');
      expect(region.textContent).toContain('Kết quả vừa được người khác thay đổi');
      return region;
    });
    expect((within(dialog).getByRole('button', { name: 'Phê duyệt' }) as HTMLButtonElement).disabled).toBe(true);
    const before = requestsFor('ResultsPage').length;
    fireEvent.click(within(alert).getByRole('button', { name: 'Tải lại' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(requestsFor('ResultsPage').length).toBe(before + 1));
  });

  it('shows a validation error in the UI’s words', async () => {
    renderResults(draftForHomeAffairs, {
      LockResults: () => ({
        lockResults: {
          __typename: 'ValidationError',
          message: 'Dữ liệu không hợp lệ.',
          code: 'VALIDATION_FAILED',
          problems: [
            {
              __typename: 'FieldProblem',
              field: 'yearId',
              code: 'NOT_APPRAISAL',
              message: 'Chỉ khóa kết quả khi năm đánh giá ở giai đoạn thẩm định.',
            },
          ],
        },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Khóa kết quả' }));
    const dialog = await screen.findByRole('dialog', { name: 'Khóa kết quả năm 2021' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Khóa kết quả' }));
    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByText('Chỉ khóa kết quả khi năm đánh giá ở giai đoạn thẩm định.')).toBeTruthy();
    // where to move the year into appraisal: the dashboard of the same year
    const hint = within(alert).getByRole('link', { name: 'Chuyển năm sang giai đoạn thẩm định ở trang Tổng quan' });
    expect(hint.getAttribute('href')).toBe('/?year=2021');
    expect(screen.getByText('Bản nháp', { selector: '.badge' })).toBeTruthy();
  });

  it('shows a unit of a type of its own with its rank in that type', async () => {
    renderResults({
      ...draftForHomeAffairs,
      rows: [
        resultRow('u-x', 'Trung tâm y tế thị xã', 'phong', {
          index: 50,
          points: 50,
          rank: 1,
          rankOf: 1,
          tier: 'TRUNG_BINH',
        }),
      ],
    });
    expect(await rowsShown(1)).toEqual([
      ['1/1', 'Trung tâm y tế thị xã', 'Phòng chuyên môn', '50 / 100', '50', 'Trung bình'],
    ]);
  });
});

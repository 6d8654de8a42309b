import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planTasks, unitTypesWithUnits, yearCalendar, yearWithTasks } from '../test/fixtures';
import { mockClient } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { DashboardPage } from './dashboard-page';

function renderDashboard(tasks: typeof planTasks, calendar = yearCalendar()) {
  const mock = mockClient({
    DashboardPage: () => ({ year: yearWithTasks(tasks, calendar), unitTypes: unitTypesWithUnits() }),
  });
  renderPage(mock.client, <DashboardPage />);
  return mock;
}

function stat(label: string) {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent;
}

describe('DashboardPage', () => {
  it('shows the year, the counts and the chart with its accessible title and data table', async () => {
    renderDashboard(planTasks);
    expect(await screen.findByRole('heading', { name: 'Tổng quan năm 2021' })).toBeTruthy();
    expect(screen.getByText(/trước ngày 20\/02\/2021 \(ngày cuối đúng hạn 19\/02\/2021\)/)).toBeTruthy();
    expect(stat('Đơn vị')).toBe('4'); // active units only
    expect(stat('Nhiệm vụ')).toBe('5');
    expect(stat('Đã hoàn thành')).toBe('1');
    expect(stat('Quá hạn')).toBe('1');

    const chart = screen.getByRole('figure', { name: 'Nhiệm vụ theo lĩnh vực và trạng thái' });
    const table = within(chart).getByRole('table');
    const rowI = within(table).getByRole('rowheader', { name: 'I. Cải cách thể chế' }).closest('tr')!;
    // area I: one task in progress, one overdue; columns are the statuses in use, then the total
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Lĩnh vực', 'Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'Quá hạn', 'Tổng']);
    expect(
      within(rowI)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '1', '0', '1', '2']);
    const rowVI = within(table).getByRole('rowheader', { name: 'VI. Hiện đại hóa nền hành chính' }).closest('tr')!;
    expect(
      within(rowVI)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '0', '1', '0', '1']);
  });

  it('shows an empty state when the plan has no tasks', async () => {
    renderDashboard([]);
    expect(await screen.findByText('Chưa có nhiệm vụ nào trong kế hoạch năm nay.')).toBeTruthy();
    expect(stat('Nhiệm vụ')).toBe('0');
  });

  it('shows the evaluation calendar: the day, the open stage, the next deadline and the stages in order', async () => {
    renderDashboard(planTasks);
    const calendar = await screen.findByRole('region', { name: 'Lịch đánh giá năm' });
    expect(within(calendar).getByText('Tính đến ngày 10/11/2021')).toBeTruthy();
    expect(within(calendar).getByText('Giai đoạn hiện tại: Tự đánh giá (đến hết ngày 30/11/2021)')).toBeTruthy();
    expect(within(calendar).getByText('Hạn tiếp theo: Tự đánh giá — 30/11/2021')).toBeTruthy();
    const stages = within(within(calendar).getByRole('list', { name: 'Các giai đoạn' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(stages).toEqual([
      'Tự đánh giá01/11/2021 – 30/11/2021Đang mở',
      'Thẩm định lần 101/12/2021 – 20/12/2021Sắp tới',
      'Giải trình21/12/2021 – 31/12/2021Sắp tới',
      'Thẩm định lần 203/01/2022 – 14/01/2022Sắp tới',
      'Phê duyệt17/01/2022 – 28/01/2022Sắp tới',
      'Công bố07/02/2022 – 18/02/2022Sắp tới',
    ]);
  });

  it('says when no stage is open yet and when the calendar has ended', async () => {
    const between = yearCalendar('2021-12-01', ['CLOSED', 'UPCOMING', 'UPCOMING', 'UPCOMING', 'UPCOMING', 'UPCOMING']);
    renderDashboard(planTasks, { ...between, currentStage: null });
    const calendar = await screen.findByRole('region', { name: 'Lịch đánh giá năm' });
    expect(within(calendar).getByText('Chưa đến giai đoạn đánh giá')).toBeTruthy();
    expect(within(calendar).getByText('Hạn tiếp theo: Thẩm định lần 1 — 20/12/2021')).toBeTruthy();
    expect(within(calendar).getAllByText('Đã đóng')).toHaveLength(1);
  });

  it('says the calendar has ended once every stage is closed, with no next deadline', async () => {
    renderDashboard(planTasks, yearCalendar('2022-03-01', Array(6).fill('CLOSED')));
    const calendar = await screen.findByRole('region', { name: 'Lịch đánh giá năm' });
    expect(within(calendar).getByText('Đã kết thúc')).toBeTruthy();
    expect(within(calendar).queryByText(/Hạn tiếp theo/)).toBeNull();
    expect(within(calendar).getAllByText('Đã đóng')).toHaveLength(6);
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planTasks, unitTypesWithUnits, yearWithTasks } from '../test/fixtures';
import { mockClient } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { DashboardPage } from './dashboard-page';

function renderDashboard(tasks: typeof planTasks) {
  const mock = mockClient({ DashboardPage: () => ({ year: yearWithTasks(tasks), unitTypes: unitTypesWithUnits() }) });
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
});

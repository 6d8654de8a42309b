import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { VariablesOf } from '../graphql';
import { planTasks, unitTypesWithUnits, yearWithTasks } from '../test/fixtures';
import { mockClient, type RecordedRequest } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { PlanPage, type PlanPageQuery } from './plan-page';

/** A server that applies the filters like the API would. */
function planResolver(request: RecordedRequest) {
  const { areaCode, leadUnitId, status } = request.variables as VariablesOf<typeof PlanPageQuery>;
  return {
    year: withAuthorityUnits(
      yearWithTasks(
        planTasks.filter(
          (task) =>
            (!areaCode || task.area.code === areaCode) &&
            (!leadUnitId || task.leadUnits.some((u) => u.id === leadUnitId)) &&
            (!status || task.status === status),
        ),
      ),
    ),
  };
}

/** The plan page reads the year's own authority's unit types and units. */
function withAuthorityUnits<T extends { authority: object }>(y: T) {
  return { ...y, authority: { ...y.authority, unitTypes: unitTypesWithUnits() } };
}

function renderPlan() {
  const mock = mockClient({ PlanPage: planResolver });
  const view = renderPage(mock.client, <PlanPage />, { path: '/plan?year=2021' });
  return { ...mock, ...view };
}

function bodyRows() {
  const table = screen.getByRole('table', { name: /Bảng phân công nhiệm vụ/ });
  const [, body] = within(table).getAllByRole('rowgroup');
  return within(body!).getAllByRole('row');
}

function codes() {
  return bodyRows().map((row) => within(row).getAllByRole('rowheader')[0]?.textContent);
}

describe('PlanPage', () => {
  it('shows the fixture tasks in a captioned table with computed due dates and badges', async () => {
    const { requestsFor } = renderPlan();
    const table = await screen.findByRole('table', { name: 'Bảng phân công nhiệm vụ cải cách hành chính năm 2021' });
    expect(screen.getByText('5 nhiệm vụ')).toBeTruthy();

    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.replace(/[▲▼↕]/g, ''));
    expect(headers).toEqual([
      'STT',
      'Nhiệm vụ cụ thể',
      'Lĩnh vực',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian thực hiện',
      'Hạn',
      'Trạng thái',
      'Thao tác', // the viewer may manage the plan: each row has "Sửa"
    ]);
    expect(codes()).toEqual(['I.1', 'I.2', 'II.1', 'VI.3', 'VII.2']);

    const rows = bodyRows();
    // I.1 ongoing: badge, no date; time phrase verbatim
    expect(within(rows[0]!).getByText('Thường xuyên')).toBeTruthy();
    expect(within(rows[0]!).getByText('Thường xuyên trong năm 2021')).toBeTruthy();
    expect(within(rows[0]!).getByText('Đang thực hiện')).toBeTruthy();
    // I.2 window: dd/mm/yyyy, overdue highlighted
    expect(within(rows[1]!).getByText('31/03/2021')).toBeTruthy();
    expect(within(rows[1]!).getByText('Qúy I/2021')).toBeTruthy();
    expect(within(rows[1]!).getByText('Quá hạn')).toBeTruthy();
    expect(rows[1]!.className).toContain('row-overdue');
    expect(within(rows[2]!).queryByText('Quá hạn')).toBeNull();
    expect(within(rows[2]!).getByText('Hoàn thành')).toBeTruthy();
    // VI.3 recurring: each occurrence's date
    const occurrences = within(rows[3]!).getByRole('list', { name: 'Các kỳ hạn' });
    expect(occurrences.textContent).toContain('30/06/2021');
    expect(occurrences.textContent).toContain('15/12/2021');
    // VII.2 triggered
    expect(within(rows[4]!).getByText('Khi có thông báo')).toBeTruthy();

    expect(requestsFor('PlanPage')[0]?.variables).toEqual({
      year: 2021,
      areaCode: null,
      leadUnitId: null,
      status: null,
    });
  });

  it('sends the area, lead and status filters as query variables', async () => {
    const { requestsFor } = renderPlan();
    await screen.findByText('5 nhiệm vụ');

    fireEvent.change(screen.getByLabelText('Lĩnh vực'), { target: { value: 'I' } });
    await waitFor(() => expect(codes()).toEqual(['I.1', 'I.2']));
    expect(screen.getByText('2 nhiệm vụ')).toBeTruthy();
    expect(requestsFor('PlanPage').at(-1)?.variables).toEqual({
      year: 2021,
      areaCode: 'I',
      leadUnitId: null,
      status: null,
    });

    fireEvent.change(screen.getByLabelText('Trạng thái'), { target: { value: 'NOT_STARTED' } });
    await waitFor(() => expect(codes()).toEqual(['I.2']));
    expect(requestsFor('PlanPage').at(-1)?.variables).toMatchObject({ areaCode: 'I', status: 'NOT_STARTED' });

    fireEvent.change(screen.getByLabelText('Lĩnh vực'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Trạng thái'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Cơ quan chủ trì'), { target: { value: 'u-nv' } });
    await waitFor(() => expect(codes()).toEqual(['VI.3', 'VII.2']));
    expect(requestsFor('PlanPage').at(-1)?.variables).toEqual({
      year: 2021,
      areaCode: null,
      leadUnitId: 'u-nv',
      status: null,
    });
  });

  it('filters by the search box on the client, ignoring accents', async () => {
    const { requestsFor } = renderPlan();
    await screen.findByText('5 nhiệm vụ');
    const before = requestsFor('PlanPage').length;

    fireEvent.change(screen.getByLabelText('Tìm kiếm'), { target: { value: 'ra soat' } });
    await waitFor(() => expect(codes()).toEqual(['I.1', 'I.2', 'II.1']));
    expect(screen.getByText('3 nhiệm vụ')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Tìm kiếm'), { target: { value: 'không có nhiệm vụ này' } });
    expect(await screen.findByText('Không có nhiệm vụ nào phù hợp với bộ lọc.')).toBeTruthy();
    expect(screen.getByText('0 nhiệm vụ')).toBeTruthy();
    expect(requestsFor('PlanPage').length).toBe(before);
  });

  it('sorts by due date and status with aria-sort on the header', async () => {
    renderPlan();
    await screen.findByText('5 nhiệm vụ');
    const dueHeader = screen.getByRole('columnheader', { name: 'Hạn' });
    const codeHeader = screen.getByRole('columnheader', { name: 'STT' });
    expect(codeHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(dueHeader.getAttribute('aria-sort')).toBe('none');

    fireEvent.click(within(dueHeader).getByRole('button'));
    expect(dueHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(codeHeader.getAttribute('aria-sort')).toBe('none');
    // dated tasks by date (recurring by its first occurrence), undated last
    expect(codes()).toEqual(['I.2', 'II.1', 'VI.3', 'I.1', 'VII.2']);

    fireEvent.click(within(dueHeader).getByRole('button'));
    expect(dueHeader.getAttribute('aria-sort')).toBe('descending');
    expect(codes()).toEqual(['VI.3', 'I.2', 'II.1', 'I.1', 'VII.2']);

    fireEvent.click(within(screen.getByRole('columnheader', { name: 'Trạng thái' })).getByRole('button'));
    expect(codes()).toEqual(['I.2', 'VI.3', 'VII.2', 'I.1', 'II.1']);
  });
});

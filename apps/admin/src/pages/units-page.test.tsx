import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { unit, units, unitsConnection, unitTypes } from '../test/fixtures';
import { mockClient, type RecordedRequest } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import type { VariablesOf } from '../graphql';
import { UNITS_PAGE_SIZE, UnitsPage, type UnitsPageQuery } from './units-page';

function renderUnits(list = units) {
  const mock = mockClient({
    UnitsPage: (request: RecordedRequest) => {
      const { typeCode, active, search, first, after } = request.variables as VariablesOf<typeof UnitsPageQuery>;
      const matching = list.filter(
        (u) =>
          (!typeCode || u.type.code === typeCode) &&
          (active === null || active === undefined || u.active === active) &&
          (!search || u.name.toLowerCase().includes(search.toLowerCase())),
      );
      const start = after ? matching.findIndex((u) => `c-${u.id}` === after) + 1 : 0;
      const page = matching.slice(start, start + first);
      return {
        unitTypes,
        units: { ...unitsConnection(page, start + first < matching.length), totalCount: matching.length },
      };
    },
  });
  renderPage(mock.client, <UnitsPage />, { path: '/units' });
  return mock;
}

// no layout here: the virtualized table's scrolling box is given a size, 600 px tall
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1024);
});

function bodyRows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .filter((row) => Number(row.getAttribute('aria-rowindex')) > 1);
}

describe('UnitsPage', () => {
  it('lists units with their type and state, and filters by type, state and a search on the server', async () => {
    const { requestsFor } = renderUnits();
    const table = await screen.findByRole('table', { name: 'Danh sách đơn vị' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent?.replace(/[↕▲▼]/g, '')),
    ).toEqual(['Tên đơn vị', 'Loại', 'Trạng thái']);
    expect(screen.getByText('5 đơn vị')).toBeTruthy();
    await waitFor(() => expect(bodyRows(table)).toHaveLength(5));
    const police = within(table).getByRole('rowheader', { name: 'Công an thị xã' }).closest('tr')!;
    expect(within(police).getByText('Ngừng hoạt động')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Loại đơn vị'), { target: { value: 'xa' } });
    await waitFor(() => expect(screen.getByText('1 đơn vị')).toBeTruthy());
    expect(screen.getByRole('rowheader', { name: 'UBND phường Long Phước' })).toBeTruthy();
    expect(screen.queryByRole('rowheader', { name: 'Phòng Tư pháp' })).toBeNull();
    expect(requestsFor('UnitsPage').at(-1)?.variables).toMatchObject({
      typeCode: 'xa',
      first: UNITS_PAGE_SIZE,
      after: null,
    });

    fireEvent.change(screen.getByLabelText('Loại đơn vị'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Trạng thái'), { target: { value: '0' } });
    await waitFor(() => expect(screen.getByText('1 đơn vị')).toBeTruthy());
    expect(screen.getByRole('rowheader', { name: 'Công an thị xã' })).toBeTruthy();
    expect(requestsFor('UnitsPage').at(-1)?.variables).toMatchObject({ typeCode: null, active: false });

    fireEvent.change(screen.getByLabelText('Trạng thái'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Tìm đơn vị'), { target: { value: 'phòng' } });
    await waitFor(() => expect(screen.getByText('3 đơn vị')).toBeTruthy());
    expect(screen.getByTestId('location').textContent).toBe('/units?q=ph%C3%B2ng');
    expect(requestsFor('UnitsPage').at(-1)?.variables).toMatchObject({ search: 'phòng' });
  });

  it('sorts by clicking the name header (aria-sort), on the server, kept in the address', async () => {
    const { requestsFor } = renderUnits();
    await screen.findByRole('table', { name: 'Danh sách đơn vị' });
    const header = () => within(screen.getByRole('table')).getByRole('columnheader', { name: /Tên đơn vị/ });
    expect(header().getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(header()).getByRole('button'));
    await waitFor(() => expect(header().getAttribute('aria-sort')).toBe('ascending'));
    fireEvent.click(within(header()).getByRole('button'));
    await waitFor(() => expect(header().getAttribute('aria-sort')).toBe('descending'));
    expect(screen.getByTestId('location').textContent).toBe('/units?sort=name&dir=desc');
    expect(requestsFor('UnitsPage').at(-1)?.variables).toMatchObject({ sort: 'NAME', descending: true });
  });

  it('renders only the rows in view of thousands and loads the next page as the list scrolls to its end', async () => {
    const many = Array.from({ length: 3 * UNITS_PAGE_SIZE }, (_, i) =>
      unit(`u-x${String(i + 1).padStart(4, '0')}`, `UBND xã số ${i + 1}`, 'xa'),
    );
    const { requestsFor } = renderUnits(many);
    const table = await screen.findByRole('table', { name: 'Danh sách đơn vị' });
    expect(screen.getByText(`Đang hiện ${UNITS_PAGE_SIZE} trong ${many.length} đơn vị`)).toBeTruthy();
    await waitFor(() => expect(bodyRows(table).length).toBeGreaterThan(5));
    expect(bodyRows(table).length).toBeLessThan(40);

    const box = table.closest('.vtable-scroll') as HTMLElement;
    box.scrollTop = (UNITS_PAGE_SIZE - 5) * 44;
    fireEvent.scroll(box);
    expect(await screen.findByText(`Đang hiện ${2 * UNITS_PAGE_SIZE} trong ${many.length} đơn vị`)).toBeTruthy();
    expect(requestsFor('UnitsPage').map((r) => r.variables.after)).toEqual([
      null,
      `c-u-x${String(UNITS_PAGE_SIZE).padStart(4, '0')}`,
    ]);
    expect(bodyRows(table).length).toBeLessThan(40);
  });

  it('shows an empty state', async () => {
    renderUnits([]);
    expect(await screen.findByText('Không có đơn vị nào.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('pages with "Xem thêm" too (keyboard): the next page joins the list, the counter says how many of all', async () => {
    const many = Array.from({ length: UNITS_PAGE_SIZE + 3 }, (_, i) =>
      unit(`u-x${String(i + 1).padStart(4, '0')}`, `UBND xã số ${i + 1}`, 'xa'),
    );
    const { requestsFor } = renderUnits(many);
    expect(await screen.findByText(`Đang hiện ${UNITS_PAGE_SIZE} trong ${many.length} đơn vị`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    expect(await screen.findByText(`${many.length} đơn vị`)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Danh sách đơn vị' });
    expect(table.getAttribute('aria-rowcount')).toBe(String(many.length + 1));
    expect(screen.queryByRole('button', { name: 'Xem thêm' })).toBeNull();
    expect(requestsFor('UnitsPage').map((r) => r.variables.after)).toEqual([
      null,
      `c-u-x${String(UNITS_PAGE_SIZE).padStart(4, '0')}`,
    ]);
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { unit, units, unitsConnection, unitTypes } from '../test/fixtures';
import { mockClient, type RecordedRequest } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import type { VariablesOf } from '../graphql';
import { UNITS_PAGE_SIZE, UnitsPage, type UnitsPageQuery } from './units-page';

function renderUnits(list = units) {
  const mock = mockClient({
    UnitsPage: (request: RecordedRequest) => {
      const { typeCode, first, after } = request.variables as VariablesOf<typeof UnitsPageQuery>;
      const matching = list.filter((u) => !typeCode || u.type.code === typeCode);
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

describe('UnitsPage', () => {
  it('groups units by type and filters by the "Loại đơn vị" select on the server', async () => {
    const { requestsFor } = renderUnits();
    const table = await screen.findByRole('table', { name: 'Danh sách đơn vị' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Tên đơn vị', 'Loại', 'Trạng thái']);
    expect(screen.getByText('5 đơn vị')).toBeTruthy();
    expect(within(table).getByText('Phòng chuyên môn (3)')).toBeTruthy();
    expect(within(table).getByText('Ngừng hoạt động')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Loại đơn vị'), { target: { value: 'xa' } });
    await waitFor(() => expect(screen.getByText('1 đơn vị')).toBeTruthy());
    expect(screen.getByRole('rowheader', { name: 'UBND phường Long Phước' })).toBeTruthy();
    expect(screen.queryByRole('rowheader', { name: 'Phòng Tư pháp' })).toBeNull();
    expect(requestsFor('UnitsPage').at(-1)?.variables).toEqual({ typeCode: 'xa', first: UNITS_PAGE_SIZE, after: null });
  });

  it('shows an empty state', async () => {
    renderUnits([]);
    expect(await screen.findByText('Không có đơn vị nào.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('pages with "Xem thêm": the next page joins the list, the counter says how many of all', async () => {
    const many = Array.from({ length: UNITS_PAGE_SIZE + 3 }, (_, i) =>
      unit(`u-x${String(i + 1).padStart(2, '0')}`, `UBND xã số ${i + 1}`, 'xa'),
    );
    const { requestsFor } = renderUnits(many);
    expect(await screen.findByText(`Đang hiện ${UNITS_PAGE_SIZE} trong ${many.length} đơn vị`)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Danh sách đơn vị' });
    expect(within(table).getAllByRole('rowheader', { name: /^UBND xã số/ })).toHaveLength(UNITS_PAGE_SIZE);

    fireEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    expect(await screen.findByText(`${many.length} đơn vị`)).toBeTruthy();
    expect(within(table).getAllByRole('rowheader', { name: /^UBND xã số/ })).toHaveLength(many.length);
    expect(within(table).getByRole('rowheader', { name: `UBND xã số ${many.length}` })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Xem thêm' })).toBeNull();
    expect(requestsFor('UnitsPage').map((r) => r.variables.after)).toEqual([null, `c-u-x${UNITS_PAGE_SIZE}`]);
  });
});

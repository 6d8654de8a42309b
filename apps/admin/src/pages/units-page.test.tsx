import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { units, unitTypes } from '../test/fixtures';
import { mockClient, type RecordedRequest } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { UnitsPage } from './units-page';

function renderUnits(list = units) {
  const mock = mockClient({
    UnitsPage: (request: RecordedRequest) => {
      const typeCode = request.variables.typeCode as string | null;
      return { unitTypes, units: list.filter((u) => !typeCode || u.type.code === typeCode) };
    },
  });
  renderPage(mock.client, <UnitsPage />, { path: '/units' });
  return mock;
}

describe('UnitsPage', () => {
  it('groups units by type and filters by the "Loại đơn vị" select on the server', async () => {
    const { requestsFor } = renderUnits();
    const table = await screen.findByRole('table', { name: 'Danh sách đơn vị' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Tên đơn vị', 'Loại', 'Trạng thái']);
    expect(screen.getByText('5 đơn vị')).toBeTruthy();
    expect(within(table).getByText('Phòng chuyên môn (3)')).toBeTruthy();
    expect(within(table).getByText('Ngừng hoạt động')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Loại đơn vị'), { target: { value: 'xa' } });
    await waitFor(() => expect(screen.getByText('1 đơn vị')).toBeTruthy());
    expect(screen.getByRole('rowheader', { name: 'UBND phường Long Phước' })).toBeTruthy();
    expect(screen.queryByRole('rowheader', { name: 'Phòng Tư pháp' })).toBeNull();
    expect(requestsFor('UnitsPage').at(-1)?.variables).toEqual({ typeCode: 'xa' });
  });

  it('shows an empty state', async () => {
    renderUnits([]);
    expect(await screen.findByText('Không có đơn vị nào.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

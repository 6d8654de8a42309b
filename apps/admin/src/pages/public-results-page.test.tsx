import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient, type RecordedRequest } from '../test/graphql-mock';
import { LocationProbe, renderRoutes } from '../test/render';
import { publicResults2021 } from '../test/results-fixtures';
import { PublicResultsPage } from './public-results-page';

function renderPublic(path: string, answer: unknown = publicResults2021) {
  const mock = mockClient({
    PublicResults: (request: RecordedRequest) => {
      const { authorityCode, year } = request.variables as { authorityCode: string; year: number };
      return { publicResults: authorityCode === 'phuoc-long' && year === 2021 ? answer : null };
    },
  });
  // no app layout, no `me`: the page stands alone
  const view = renderRoutes(
    mock.client,
    [
      {
        path: '/cong-khai/:authorityCode/:year',
        element: (
          <>
            <PublicResultsPage />
            <LocationProbe />
          </>
        ),
      },
      { path: '/login', element: <LocationProbe /> },
    ],
    path,
  );
  return { ...mock, ...view };
}

describe('PublicResultsPage', () => {
  it('shows a published year’s ranking per unit type with tiers, ties and the publication time, without login', async () => {
    const { requests } = renderPublic('/cong-khai/phuoc-long/2021');
    expect(
      await screen.findByRole('heading', { name: 'Công khai kết quả xác định Chỉ số CCHC năm 2021', level: 1 }),
    ).toBeTruthy();
    await screen.findByText('UBND thị xã Phước Long');
    expect(screen.getByText('Công bố lúc 08/02/2022 09:30')).toBeTruthy();
    // the only request is the public query
    expect(requests.map((r) => r.operationName)).toEqual(['PublicResults']);
    expect(requests[0]!.variables).toEqual({ authorityCode: 'phuoc-long', year: 2021 });

    const offices = within(screen.getByRole('region', { name: 'Phòng chuyên môn' })).getByRole('table');
    const rows = within(offices)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['1/3Đồng hạng', 'Phòng Tài chính-Kế hoạch', '91,5 / 100', '91,5', 'Xuất sắc'],
      ['1/3Đồng hạng', 'Phòng Tư pháp', '91,5 / 100', '91,5', 'Xuất sắc'],
      ['3/3', 'Phòng Văn hóa và Thông tin', '77,02 / 100', '77,02', 'Khá'],
    ]);
    const wards = within(screen.getByRole('region', { name: 'UBND xã, phường' })).getByRole('table');
    expect(within(wards).getByText('Trung bình')).toBeTruthy();
  });

  it('says clearly when the year is not published, and links to the login page', async () => {
    renderPublic('/cong-khai/phuoc-long/2022');
    expect(await screen.findByText('Kết quả xác định Chỉ số CCHC năm 2022 chưa được công bố.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: 'Đăng nhập' }));
    expect(screen.getByTestId('location').textContent).toBe('/login');
  });

  it('refuses an address whose year is not a year, without asking the server', async () => {
    const { requests } = renderPublic('/cong-khai/phuoc-long/abc');
    expect(await screen.findByText(/Địa chỉ trang không đúng/)).toBeTruthy();
    expect(requests).toHaveLength(0);
  });

  it('reads in English too', async () => {
    const { default: i18n } = await import('../i18n');
    await i18n.changeLanguage('en');
    renderPublic('/cong-khai/phuoc-long/2021');
    expect(await screen.findByRole('heading', { name: 'Published PAR Index results 2021', level: 1 })).toBeTruthy();
    expect(await screen.findByRole('region', { name: 'Specialised office' })).toBeTruthy();
    expect(screen.getAllByText('Excellent')).toHaveLength(2);
    expect(screen.getAllByText('91.5', { selector: 'strong' })).toHaveLength(2);
  });
});

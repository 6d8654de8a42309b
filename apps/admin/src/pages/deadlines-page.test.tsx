import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { DeadlinesPage } from './deadlines-page';

const item = (
  key: string,
  kind: string,
  title: string,
  dueOn: string,
  overdue: boolean,
  daysLeft: number,
  link: string,
) => ({
  __typename: 'DeadlineItem',
  key,
  kind,
  title,
  dueOn,
  startsAt: null,
  overdue,
  daysLeft,
  link,
  detail: null,
});

const ITEMS = [
  item('task-t3', 'TASK', 'Nhiệm vụ II.1: Rà soát TTHC', '2021-03-31', true, -76, '/my-tasks'),
  item('report-p2-u', 'REPORT', 'Gửi báo cáo 6 tháng', '2021-06-20', false, 5, '/reports'),
];

describe('DeadlinesPage', () => {
  it('lists overdue work first, then the next 30 days, each linking to where it is done', async () => {
    renderPage(
      mockClient({ DeadlinesPage: () => ({ myDeadlines: ITEMS, calendarFeedActive: false }) }).client,
      <DeadlinesPage />,
    );
    const overdue = await screen.findByRole('region', { name: 'Quá hạn (1)' });
    expect(within(overdue).getByRole('link', { name: 'Nhiệm vụ II.1: Rà soát TTHC' }).getAttribute('href')).toBe(
      '/my-tasks',
    );
    expect(within(overdue).getByText(/quá hạn 76 ngày/)).toBeTruthy();
    const next = screen.getByRole('region', { name: '30 ngày tới' });
    expect(within(next).getByRole('link', { name: 'Gửi báo cáo 6 tháng' }).getAttribute('href')).toBe('/reports');
    expect(within(next).getByText(/còn 5 ngày/)).toBeTruthy();
  });

  it('shows an empty state', async () => {
    renderPage(
      mockClient({ DeadlinesPage: () => ({ myDeadlines: [], calendarFeedActive: false }) }).client,
      <DeadlinesPage />,
    );
    expect(await screen.findByText('Không có việc quá hạn.')).toBeTruthy();
    expect(screen.getByText('Không có việc đến hạn trong 30 ngày tới.')).toBeTruthy();
  });

  it('creates the calendar link once and shows it; a new one only after a confirmation', async () => {
    let n = 0;
    const mock = mockClient({
      DeadlinesPage: () => ({ myDeadlines: ITEMS, calendarFeedActive: n > 0 }),
      CreateCalendarFeed: () => {
        n++;
        return {
          createCalendarFeed: { __typename: 'CreateCalendarFeedSuccess', path: `/calendar/${'a'.repeat(42)}${n}.ics` },
        };
      },
    });
    renderPage(mock.client, <DeadlinesPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Tạo liên kết lịch' }));
    const input = (await screen.findByLabelText('Liên kết lịch')) as HTMLInputElement;
    expect(input.value).toMatch(/\/calendar\/a{42}1\.ics$/);
    expect(screen.getByRole('button', { name: 'Sao chép' })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Tạo lại liên kết' }));
    expect(await screen.findByText('Tạo liên kết mới? Liên kết cũ sẽ ngừng hoạt động.')).toBeTruthy();
    expect(mock.requests.filter((r) => r.operationName === 'CreateCalendarFeed')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Tạo lại liên kết' }));
    await waitFor(() => expect((screen.getByLabelText('Liên kết lịch') as HTMLInputElement).value).toMatch(/2\.ics$/));
  });
});

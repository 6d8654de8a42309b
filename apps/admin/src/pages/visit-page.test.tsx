import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockClient } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { VisitPage } from './visit-page';

// The findings and the minutes have their own tests (visit-findings.test.tsx); here only the visit.
vi.mock('../components/inspection/visit-findings', () => ({ VisitFindings: () => null }));
vi.mock('../components/inspection/visit-minutes', () => ({ VisitMinutes: () => null }));

const visit = (over: Record<string, unknown> = {}) => ({
  __typename: 'InspectionVisit',
  id: 'v1',
  yearId: 'y',
  version: 3,
  status: 'PLANNED',
  date: '2021-07-06',
  startTime: '13:30',
  endTime: '16:30',
  place: 'Trụ sở Phòng Tư pháp',
  scopeText: 'Niêm yết TTHC',
  cancelReason: null,
  notifiedAt: null,
  startedAt: null,
  concludedAt: null,
  unit: { __typename: 'Unit', id: 'u-tp', name: 'Phòng Tư pháp' },
  team: [
    {
      __typename: 'InspectionTeamMember',
      id: 'm1',
      userId: 'me',
      name: 'Trần Văn Kiểm',
      role: 'Trưởng đoàn',
      isLead: true,
      organization: null,
    },
    {
      __typename: 'InspectionTeamMember',
      id: 'm2',
      userId: null,
      name: 'Trần Thị Bích',
      role: 'Thành viên',
      isLead: false,
      organization: 'Sở Nội vụ',
    },
  ],
  scope: [
    {
      __typename: 'InspectionVisitScope',
      node: { __typename: 'FrameworkNode', id: 'n7', code: '7', name: 'Chỉ đạo điều hành' },
    },
  ],
  viewerCanUpdate: true,
  viewerCanNotify: true,
  viewerCanStart: false,
  viewerCanCancel: true,
  ...over,
});

function page(over: Record<string, unknown> = {}) {
  const mock = mockClient({
    VisitPage: () => ({ inspectionVisit: visit(over) }),
    NotifyInspectionVisit: () => ({
      notifyInspectionVisit: {
        __typename: 'InspectionVisitSuccess',
        visit: { __typename: 'InspectionVisit', id: 'v1', version: 4, status: 'NOTIFIED' },
      },
    }),
    CancelInspectionVisit: () => ({
      cancelInspectionVisit: {
        __typename: 'VisitStepError',
        message: 'Cuộc kiểm tra đã hủy: không thể hủy.',
        code: 'VISIT_STEP_NOT_ALLOWED',
      },
    }),
  });
  return { ...mock, ...renderPage(mock.client, <VisitPage />, { path: '/inspections/v1' }) };
}

describe('VisitPage', () => {
  it('shows the unit, the window, the team with the outside expert and the scope', async () => {
    page();
    await screen.findByRole('heading', { level: 1, name: 'Kiểm tra tại Phòng Tư pháp' });
    expect(screen.getByText('06/07/2021, 13:30–16:30')).toBeTruthy();
    expect(screen.getByText('Trần Thị Bích — Thành viên (Sở Nội vụ)')).toBeTruthy();
    expect(screen.getByText('7. Chỉ đạo điều hành')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Mọi cuộc kiểm tra tại Phòng Tư pháp' }).getAttribute('href')).toBe(
      '/inspections?unit=u-tp&view=list',
    );
    expect(screen.queryByRole('button', { name: 'Bắt đầu kiểm tra' })).toBeNull();
  });

  it('notifies the unit after a confirmation, sending the version seen', async () => {
    const { requestsFor } = page();
    fireEvent.click(await screen.findByRole('button', { name: 'Thông báo cho đơn vị' }));
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText(/Thông báo cho Phòng Tư pháp về cuộc kiểm tra 06\/07\/2021, 13:30–16:30\?/),
    ).toBeTruthy();
    expect(requestsFor('NotifyInspectionVisit')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Thông báo' }));
    expect(await screen.findByText('Đã thông báo cho đơn vị.')).toBeTruthy();
    expect(requestsFor('NotifyInspectionVisit')[0]?.variables).toEqual({ input: { id: 'v1', version: 3 } });
  });

  it('asks a reason before cancelling, then shows the refusal of the server', async () => {
    const { requestsFor } = page();
    fireEvent.click(await screen.findByRole('button', { name: 'Hủy cuộc kiểm tra' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    expect(await within(dialog).findByText('Nhập lý do hủy.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Lý do hủy'), { target: { value: 'Đơn vị đề nghị dời lịch' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Hủy cuộc kiểm tra' }));
    expect(await within(dialog).findByText('Cuộc kiểm tra đã hủy: không thể hủy.')).toBeTruthy();
    expect(requestsFor('CancelInspectionVisit')[0]?.variables).toEqual({
      input: { id: 'v1', version: 3, reason: 'Đơn vị đề nghị dời lịch' },
    });
  });
});

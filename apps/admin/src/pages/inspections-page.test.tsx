import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { permissionsAll } from '../test/fixtures';
import { GraphQLErrorsAnswer, mockClient } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { InspectionsPage } from './inspections-page';

const visit = (over: Record<string, unknown> = {}) => ({
  __typename: 'InspectionVisit',
  id: 'v1',
  version: 1,
  status: 'NOTIFIED',
  date: '2021-07-06',
  startTime: '08:00',
  endTime: '11:00',
  place: 'Trụ sở Phòng Tư pháp',
  scopeText: 'Công tác chỉ đạo điều hành',
  cancelReason: null,
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
  ],
  scope: [
    {
      __typename: 'InspectionVisitScope',
      node: { __typename: 'FrameworkNode', id: 'n7', code: '7', name: 'Chỉ đạo điều hành' },
    },
  ],
  viewerCanUpdate: true,
  viewerCanNotify: false,
  viewerCanStart: true,
  viewerCanCancel: true,
  ...over,
});

function page(visits: unknown[], opts: { plan?: boolean; clash?: boolean } = {}) {
  const mock = mockClient({
    InspectionsDay: () => ({ year: { __typename: 'EvaluationYear', id: 'y2021', asOf: '2021-07-05' } }),
    InspectionsPage: () => ({
      me: { __typename: 'User', id: 'me' },
      year: {
        __typename: 'EvaluationYear',
        id: 'y2021',
        asOf: '2021-07-05',
        viewerCanPlanInspections: opts.plan ?? true,
        inspectionPlan: null,
        inspectionVisits: visits,
        inspectionTeamChoices:
          opts.plan === false ? [] : [{ __typename: 'InspectionPerson', id: 'me', fullName: 'Trần Văn Kiểm' }],
        inspectionUnitChoices: [{ __typename: 'Unit', id: 'u-tp', name: 'Phòng Tư pháp' }],
        framework: {
          __typename: 'Framework',
          id: 'f',
          nodes: [{ __typename: 'FrameworkNode', id: 'n7', code: '7', name: 'Chỉ đạo điều hành', depth: 0 }],
        },
      },
      unitTypes: [],
    }),
    CreateInspectionVisit: () => ({
      createInspectionVisit: opts.clash
        ? {
            __typename: 'VisitConflictError',
            message: 'x',
            code: 'VISIT_CONFLICT',
            clashes: [
              {
                __typename: 'VisitClash',
                kind: 'INSPECTOR',
                name: 'Trần Văn Kiểm',
                unitName: 'Phòng Tư pháp',
                message: 'Trần Văn Kiểm đã có lịch kiểm tra Phòng Tư pháp trùng thời gian: 06/07/2021, 08:00–11:00.',
              },
            ],
          }
        : { __typename: 'InspectionVisitSuccess', visit: visit({ id: 'v2', status: 'PLANNED' }) },
    }),
  });
  return { ...mock, ...renderPage(mock.client, <InspectionsPage />, { path: '/inspections' }) };
}

describe('InspectionsPage', () => {
  it("shows the week with the visit as a link, and asks for the week's visits", async () => {
    const { requestsFor } = page([visit()]);
    const link = await screen.findByRole('link', { name: /08:00–11:00 Phòng Tư pháp/ });
    expect(link.getAttribute('href')).toBe('/inspections/v1');
    expect(screen.getByText('Thứ Ba 06/07/2021')).toBeTruthy();
    const asked = requestsFor('InspectionsPage').map((r) => r.variables.filter);
    expect(asked).toContainEqual({ from: '2021-07-05', to: '2021-07-11' });
  });

  it('shows the clash next to the time in Vietnamese when the schedule is refused', async () => {
    page([], { clash: true });
    fireEvent.click(await screen.findByRole('button', { name: 'Lên lịch kiểm tra' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Đơn vị được kiểm tra'), { target: { value: 'u-tp' } });
    fireEvent.click(within(dialog).getByLabelText('7. Chỉ đạo điều hành'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lên lịch' }));
    const alert = await within(dialog).findByText(/trùng thời gian: 06\/07\/2021, 08:00–11:00/);
    expect(alert.closest('[role="alert"]')).toBeTruthy();
  });

  it('checks the form before sending: the end before the start, under its field', async () => {
    const { requestsFor } = page([]);
    fireEvent.click(await screen.findByRole('button', { name: 'Lên lịch kiểm tra' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Đơn vị được kiểm tra'), { target: { value: 'u-tp' } });
    fireEvent.change(within(dialog).getByLabelText('Đến giờ'), { target: { value: '07:00' } });
    fireEvent.change(within(dialog).getByLabelText('Nội dung khác (ghi rõ)'), { target: { value: 'TTHC' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lên lịch' }));
    expect(await within(dialog).findByText('Giờ kết thúc phải sau giờ bắt đầu (trong cùng một ngày).')).toBeTruthy();
    expect(requestsFor('CreateInspectionVisit')).toHaveLength(0);
  });

  it("gives a unit officer its unit's visits as cards with the team and the scope, and no scheduling", async () => {
    const mock = mockClient({
      InspectionsDay: () => ({ year: { __typename: 'EvaluationYear', id: 'y2021', asOf: '2021-07-05' } }),
      InspectionsPage: () => ({
        me: { __typename: 'User', id: 'officer' },
        year: {
          __typename: 'EvaluationYear',
          id: 'y2021',
          asOf: '2021-07-05',
          viewerCanPlanInspections: false,
          inspectionPlan: null,
          inspectionVisits: [visit({ viewerCanUpdate: false, viewerCanStart: false, viewerCanCancel: false })],
          inspectionTeamChoices: [],
          inspectionUnitChoices: [],
          framework: null,
        },
        unitTypes: [],
      }),
    });
    renderPage(mock.client, <InspectionsPage />, {
      path: '/inspections',
      permissions: { ...permissionsAll, manageInspections: false, selfAssess: true },
    });
    expect(
      await screen.findByText(/Nội dung kiểm tra: 7\. Chỉ đạo điều hành; Công tác chỉ đạo điều hành/),
    ).toBeTruthy();
    expect(screen.getByText(/Trần Văn Kiểm \(Trưởng đoàn\)/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Lên lịch kiểm tra' })).toBeNull());
  });

  it("shows the server's error, not 'Đang tải…' forever, when a field of the page fails", async () => {
    const mock = mockClient({
      InspectionsDay: () => ({ year: { __typename: 'EvaluationYear', id: 'y2021', asOf: '2021-07-05' } }),
      InspectionsPage: () =>
        new GraphQLErrorsAnswer(
          [
            {
              message: 'Lỗi máy chủ nội bộ. Vui lòng thử lại sau.',
              path: ['year', 'inspectionTeamChoices'],
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            },
          ],
          { me: { __typename: 'User', id: 'me' }, year: null, unitTypes: [] },
        ),
    });
    renderPage(mock.client, <InspectionsPage />, { path: '/inspections' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Lỗi máy chủ nội bộ');
  });

  it('says the year is not found, not "Đang tải…" forever, when the server has no such year', async () => {
    const mock = mockClient({ InspectionsDay: () => ({ year: null }) });
    renderPage(mock.client, <InspectionsPage />, { path: '/inspections' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không tìm thấy năm 2021');
  });
});

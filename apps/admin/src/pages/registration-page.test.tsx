import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { RegistrationPage } from './registration-page';

const units = [
  { __typename: 'RegistrationUnitOption', id: 'u-tp', name: 'Phòng Tư pháp' },
  { __typename: 'RegistrationUnitOption', id: 'u-lp', name: 'UBND phường Long Phước' },
];

const summary = (unitId: string, unitName: string, extra: Record<string, unknown>) => ({
  __typename: 'RegistrationSummary',
  unitId,
  unitName,
  documentNumber: null,
  planSubmittedAt: null,
  planTiming: 'MISSING',
  registrationId: null,
  status: null,
  itemCount: 0,
  totalBudgetVnd: '0',
  ...extra,
});

function pageData(officer: boolean) {
  return {
    me: {
      __typename: 'User',
      id: officer ? 'user-lp' : 'user-nv',
      roles: officer ? ['UNIT_OFFICER'] : ['HOME_AFFAIRS'],
      unit: officer ? { __typename: 'Unit', id: 'u-lp', name: 'UBND phường Long Phước' } : null,
    },
    year: {
      __typename: 'EvaluationYear',
      id: 'y1',
      year: 2021,
      unitPlanDeadline: '2021-02-19',
      unitPlanDeadlineText: 'trước ngày 20/02/2021',
      viewerCanSubmitUnitPlan: officer,
      registrationUnits: units,
      registrations: officer
        ? [summary('u-lp', 'UBND phường Long Phước', { status: 'RETURNED', itemCount: 2 })]
        : [
            summary('u-tp', 'Phòng Tư pháp', {
              planTiming: 'ON_TIME',
              documentNumber: '05/KH-PTP',
              registrationId: 'r-tp',
              status: 'SUBMITTED',
              itemCount: 2,
              totalBudgetVnd: '20500000',
            }),
            summary('u-lp', 'UBND phường Long Phước', { planTiming: 'LATE', status: 'RETURNED', itemCount: 2 }),
          ],
    },
  };
}

const item = (id: string, position: number, content: string, budgetVnd: string) => ({
  __typename: 'RegistrationItem',
  id,
  version: 1,
  position,
  content,
  resultProduct: 'Báo cáo',
  startDate: '2021-03-01',
  endDate: '2021-06-30',
  leadText: 'UBND phường Long Phước',
  leadUnit: { __typename: 'Unit', id: 'u-lp', name: 'UBND phường Long Phước' },
  coordinatingUnits: [{ __typename: 'Unit', id: 'u-tp', name: 'Phòng Tư pháp' }],
  budgetVnd,
  note: null,
});

function registration(status: string, canEdit: boolean, canReview = false) {
  return {
    __typename: 'UnitRegistration',
    id: status === 'SUBMITTED' ? 'r-tp' : 'r-lp',
    version: 4,
    status,
    preparerName: null,
    headName: null,
    submittedAt: '2021-02-21T08:00:00.000Z',
    totalBudgetVnd: '20500000',
    totalInWords: 'Hai mươi triệu năm trăm nghìn đồng',
    returnComment: status === 'RETURNED' ? 'Ghi rõ số phiếu khảo sát' : null,
    docxUrl: '/registrations/r-lp.docx',
    xlsxUrl: '/registrations/r-lp.xlsx',
    viewerCanEdit: canEdit,
    viewerCanSubmit: canEdit,
    viewerCanReview: canReview,
    unit: {
      __typename: 'Unit',
      id: status === 'SUBMITTED' ? 'u-tp' : 'u-lp',
      name: status === 'SUBMITTED' ? 'Phòng Tư pháp' : 'UBND phường Long Phước',
    },
    items: [item('i1', 0, 'Tuyên truyền CCHC', '15000000'), item('i2', 1, 'Khảo sát hài lòng', '5500000')],
    events: [
      {
        __typename: 'RegistrationEvent',
        id: 'e2',
        action: 'RETURNED',
        comment: 'Ghi rõ số phiếu khảo sát',
        at: '2021-03-02T02:00:00.000Z',
        actorName: 'Phòng Nội vụ',
      },
      {
        __typename: 'RegistrationEvent',
        id: 'e1',
        action: 'SUBMITTED',
        comment: null,
        at: '2021-02-21T08:00:00.000Z',
        actorName: 'Cán bộ',
      },
    ],
  };
}

const unitData = (reg: unknown, plan: unknown = null) => ({
  year: { __typename: 'EvaluationYear', id: 'y1', unitPlan: plan, registration: reg },
});

describe('RegistrationPage: a unit officer', () => {
  it("shows Home Affairs' comment on top, the items, the total in words and the history; the plan is missing", async () => {
    renderPage(
      mockClient({
        RegistrationPage: () => pageData(true),
        RegistrationUnit: () => unitData(registration('RETURNED', true)),
      }).client,
      <RegistrationPage />,
    );
    expect(await screen.findByText('Ghi rõ số phiếu khảo sát', { selector: 'p' })).toBeTruthy();
    expect(screen.getByText('Phòng Nội vụ trả lại, đề nghị sửa:')).toBeTruthy();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Tuyên truyền CCHC' })).toBeTruthy();
    expect(within(table).getByText('20.500.000 ₫')).toBeTruthy();
    expect(screen.getByText('Hai mươi triệu năm trăm nghìn đồng')).toBeTruthy();
    expect(screen.getByText('Đơn vị chưa gửi kế hoạch CCHC.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Gửi lại Phòng Nội vụ' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Lịch sử' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tải mẫu đăng ký (DOCX)' }).getAttribute('href')).toBe(
      '/registrations/r-lp.docx',
    );
  });

  it('checks an item before sending (end before start, a bad budget), then sends the budget as digits', async () => {
    const mock = mockClient({
      RegistrationPage: () => pageData(true),
      RegistrationUnit: () => unitData(registration('RETURNED', true)),
      SaveRegistrationItem: () => ({
        saveRegistrationItem: {
          __typename: 'RegistrationSuccess',
          itemId: 'i3',
          registration: registration('RETURNED', true),
        },
      }),
    });
    renderPage(mock.client, <RegistrationPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm nội dung' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm nội dung đăng ký' });
    fireEvent.change(within(dialog).getByLabelText('Nội dung công việc cụ thể'), { target: { value: 'Tập huấn' } });
    fireEvent.change(within(dialog).getByLabelText('Kết quả sản phẩm'), { target: { value: 'Lớp tập huấn' } });
    fireEvent.change(within(dialog).getByLabelText('Bắt đầu'), { target: { value: '2021-05-01' } });
    fireEvent.change(within(dialog).getByLabelText('Kết thúc'), { target: { value: '2021-04-01' } });
    fireEvent.change(within(dialog).getByLabelText('Kinh phí dự kiến (VNĐ)'), { target: { value: '1,5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Ngày kết thúc không được trước ngày bắt đầu.')).toBeTruthy();
    expect(mock.requestsFor('SaveRegistrationItem')).toHaveLength(0);
    fireEvent.change(within(dialog).getByLabelText('Kết thúc'), { target: { value: '2021-05-31' } });
    const budget = within(dialog).getByLabelText('Kinh phí dự kiến (VNĐ)') as HTMLInputElement;
    fireEvent.change(budget, { target: { value: '8000000' } });
    expect(budget.value).toBe('8.000.000');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(mock.requestsFor('SaveRegistrationItem')).toHaveLength(1));
    expect(mock.requestsFor('SaveRegistrationItem')[0]!.variables).toMatchObject({
      input: {
        yearId: 'y1',
        unitId: 'u-lp',
        id: null,
        budgetVnd: '8000000',
        startDate: '2021-05-01',
        endDate: '2021-05-31',
        leadUnitId: 'u-lp',
      },
    });
    expect(await screen.findByText('Đã thêm nội dung đăng ký.')).toBeTruthy();
  });

  it('submits only after a confirmation', async () => {
    const mock = mockClient({
      RegistrationPage: () => pageData(true),
      RegistrationUnit: () => unitData(registration('RETURNED', true)),
      SubmitRegistration: () => ({
        submitRegistration: { __typename: 'RegistrationSuccess', registration: registration('SUBMITTED', false) },
      }),
    });
    renderPage(mock.client, <RegistrationPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Gửi lại Phòng Nội vụ' }));
    const dialog = await screen.findByRole('dialog', { name: 'Gửi bản đăng ký cho Phòng Nội vụ' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    expect(await within(dialog).findByText(/tổng kinh phí 20\.500\.000 ₫/)).toBeTruthy();
    expect(mock.requestsFor('SubmitRegistration')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gửi bản đăng ký' }));
    await waitFor(() => expect(mock.requestsFor('SubmitRegistration')).toHaveLength(1));
    expect(mock.requestsFor('SubmitRegistration')[0]!.variables).toMatchObject({ input: { id: 'r-lp', version: 4 } });
    expect(await screen.findByText('Đã gửi bản đăng ký cho Phòng Nội vụ.')).toBeTruthy();
  });
});

describe('RegistrationPage: Home Affairs', () => {
  it('lists every unit with its plan on time / late and its status; returns one only with a comment and a confirmation', async () => {
    const mock = mockClient({
      RegistrationPage: () => pageData(false),
      RegistrationUnit: () => unitData(registration('SUBMITTED', false, true)),
      ReturnRegistration: () => ({
        returnRegistration: { __typename: 'RegistrationSuccess', registration: registration('RETURNED', false) },
      }),
    });
    renderPage(mock.client, <RegistrationPage />);
    const table = await screen.findByRole('table', { name: 'Kế hoạch và bản đăng ký của các đơn vị' });
    const tp = within(table).getByRole('rowheader', { name: 'Phòng Tư pháp' }).closest('tr')!;
    expect(within(tp).getByText('Đúng hạn')).toBeTruthy();
    expect(within(tp).getByText('Chờ Phòng Nội vụ xem xét')).toBeTruthy();
    const lp = within(table).getByRole('rowheader', { name: 'UBND phường Long Phước' }).closest('tr')!;
    expect(within(lp).getByText('Trễ hạn')).toBeTruthy();
    fireEvent.click(within(tp).getByRole('button', { name: 'Mở kế hoạch và bản đăng ký của Phòng Tư pháp' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Trả lại để sửa' }));
    const dialog = await screen.findByRole('dialog', { name: 'Trả lại bản đăng ký của Phòng Tư pháp' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Trả lại để sửa' }));
    expect(await within(dialog).findByText('Cần ghi ý kiến khi trả lại bản đăng ký.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Ý kiến: đơn vị cần sửa gì (bắt buộc)'), {
      target: { value: 'Bổ sung kinh phí' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Trả lại để sửa' }));
    expect(
      await within(dialog).findByText('Trả lại bản đăng ký của Phòng Tư pháp kèm ý kiến để đơn vị sửa?'),
    ).toBeTruthy();
    expect(mock.requestsFor('ReturnRegistration')).toHaveLength(0);
    fireEvent.click(within(dialog).getAllByRole('button', { name: 'Trả lại để sửa' }).at(-1)!);
    await waitFor(() => expect(mock.requestsFor('ReturnRegistration')).toHaveLength(1));
    expect(mock.requestsFor('ReturnRegistration')[0]!.variables).toEqual({
      input: { id: 'r-tp', version: 4, comment: 'Bổ sung kinh phí' },
    });
    expect(await screen.findByText('Đã trả lại bản đăng ký của Phòng Tư pháp.')).toBeTruthy();
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { ReportsPage } from './reports-page';

const period = (id: string, code: string, nameVi: string, dueDate: string) => ({
  __typename: 'ReportPeriod',
  id,
  code,
  nameVi,
  dueDate,
  ruleText: 'Gửi trước ngày 25 của tháng giữa quý',
});
const P = [period('p1', 'Q1', 'Báo cáo quý I', '2021-02-24'), period('p2', 'H1', 'Báo cáo 6 tháng', '2021-05-24')];
const timing = (status: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'ReportTiming',
  status,
  dueDate: '2021-02-24',
  extended: false,
  extensionReason: null,
  submittedAt: null,
  daysLate: 0,
  periodId: 'p1',
  ...extra,
});

function officerYear() {
  return {
    __typename: 'EvaluationYear',
    id: 'y1',
    year: 2021,
    version: 3,
    reportRule: 'SEED',
    viewerCanSetReportRule: false,
    viewerCanExtendReports: false,
    viewerCanReadCompliance: false,
    unitReports: [
      {
        __typename: 'UnitReport',
        unitId: 'u-tp',
        period: P[0],
        timing: timing('LATE', { submittedAt: '2021-02-25T02:00:00.000Z', daysLate: 1 }),
        submission: {
          __typename: 'ReportSubmission',
          id: 's1',
          version: 2,
          submittedAt: '2021-02-25T02:00:00.000Z',
          lastSentAt: '2021-03-01T02:00:00.000Z',
          documentNumber: '12a/BC-TP',
          summary: 'Bản bổ sung',
          files: [{ __typename: 'EvidenceFile', id: 'f2', fileName: 'bc.pdf', url: '/files/f2' }],
          revisions: [
            {
              __typename: 'ReportSubmissionRevision',
              id: 'r1',
              sentAt: '2021-02-25T02:00:00.000Z',
              replacedAt: '2021-03-01T02:00:00.000Z',
              documentNumber: '12/BC-TP',
              summary: 'Bản đầu',
              fileIds: ['f1'],
            },
          ],
        },
        viewerCanSubmit: true,
      },
      {
        __typename: 'UnitReport',
        unitId: 'u-tp',
        period: P[1],
        timing: timing('PENDING', {
          dueDate: '2021-05-31',
          extended: true,
          extensionReason: 'Mất điện',
          periodId: 'p2',
        }),
        submission: null,
        viewerCanSubmit: true,
      },
    ],
    reportCompliance: null,
  };
}

const row = (unitId: string, unitName: string, typeId: string, typeName: string, statuses: string[]) => ({
  __typename: 'ComplianceRow',
  unitId,
  unitName,
  unitTypeId: typeId,
  unitTypeName: typeName,
  cells: statuses.map((s, i) => ({ ...timing(s), periodId: P[i]!.id, submittedAt: null })),
  counts: {
    __typename: 'ComplianceCounts',
    onTime: statuses.filter((s) => s === 'ON_TIME').length,
    late: statuses.filter((s) => s === 'LATE').length,
    missing: statuses.filter((s) => s === 'MISSING').length,
    notReported: statuses.filter((s) => s === 'LATE' || s === 'MISSING').length,
  },
});

function officeYear() {
  return {
    ...officerYear(),
    viewerCanSetReportRule: true,
    viewerCanExtendReports: true,
    viewerCanReadCompliance: true,
    unitReports: [],
    reportCompliance: {
      __typename: 'ComplianceMatrix',
      asOf: '2021-06-15T03:00:00.000Z',
      periods: P,
      rows: [
        row('u-tp', 'Phòng Tư pháp', 't-phong', 'Phòng chuyên môn', ['ON_TIME', 'LATE']),
        row('u-lp', 'UBND phường Long Phước', 't-xa', 'UBND xã, phường', ['MISSING', 'ON_TIME']),
        row('u-lt', 'UBND phường Long Thủy', 't-xa', 'UBND xã, phường', ['ON_TIME', 'ON_TIME']),
      ],
    },
  };
}

describe('ReportsPage: a unit officer', () => {
  it('shows each period with its due date, the status in words and symbol, the rule and the history', async () => {
    renderPage(mockClient({ ReportsPage: () => ({ year: officerYear() }) }).client, <ReportsPage />);
    expect(await screen.findByRole('heading', { name: 'Báo cáo định kỳ năm 2021' })).toBeTruthy();
    expect(screen.getByText('Báo cáo gửi trễ hạn được coi như không báo cáo.')).toBeTruthy();
    const q1 = screen.getByRole('heading', { name: 'Báo cáo quý I' }).closest('li')!;
    expect(within(q1).getByText('Trễ hạn (coi như không báo cáo)')).toBeTruthy();
    expect(within(q1).getByText('!')).toBeTruthy();
    expect(within(q1).getByText(/Gửi lần đầu 25\/02\/2021 09:00/)).toBeTruthy();
    expect(within(q1).getByText('Lịch sử: 1 bản trước')).toBeTruthy();
    expect(within(q1).getByText(/Bản gửi 25\/02\/2021 09:00 \(số 12\/BC-TP\)/)).toBeTruthy();
    expect(within(q1).getByRole('link', { name: 'Tệp 1' }).getAttribute('href')).toBe('/files/f1');
    const h1 = screen.getByRole('heading', { name: 'Báo cáo 6 tháng' }).closest('li')!;
    expect(within(h1).getByText(/Hạn: 31\/05\/2021 — đã gia hạn: Mất điện/)).toBeTruthy();
    expect(within(h1).getByText('Chưa đến hạn')).toBeTruthy();
    expect(within(q1).getByRole('button', { name: 'Gửi lại' })).toBeTruthy();
    expect(within(h1).getByRole('button', { name: 'Gửi báo cáo' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('refuses to send without a number, a summary and a file (nothing sent)', async () => {
    const mock = mockClient({ ReportsPage: () => ({ year: officerYear() }) });
    renderPage(mock.client, <ReportsPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Gửi báo cáo' }));
    const dialog = await screen.findByRole('dialog', { name: 'Gửi Báo cáo 6 tháng' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Tóm tắt nội dung').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(within(dialog).getByLabelText('Số văn bản báo cáo').getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByText('Cần đính kèm ít nhất một tệp báo cáo (tối đa 10 tệp).')).toBeTruthy();
    expect(mock.requests.some((r) => r.operationName === 'SubmitReport')).toBe(false);
  });
});

describe('ReportsPage: Home Affairs', () => {
  it('shows the matrix with a symbol and words in each cell and a legend; filters and the export follow', async () => {
    renderPage(mockClient({ ReportsPage: () => ({ year: officeYear() }) }).client, <ReportsPage />);
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    const lp = within(table)
      .getByRole('rowheader', { name: /Long Phước/ })
      .closest('tr')!;
    expect(within(lp).getByText('Không báo cáo')).toBeTruthy();
    expect(within(lp).getByText('✗')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Chú giải' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Tình trạng'), { target: { value: 'LATE' } });
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Tình trạng'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Loại đơn vị'), { target: { value: 't-xa' } });
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3);
    const link = screen.getByRole('link', { name: 'Xuất Excel (XLSX)' });
    expect(link.getAttribute('href')).toBe('/reports/compliance.xlsx?yearId=y1&unitTypeId=t-xa');
  });

  it("changes the year's rule only after a confirmation, with the year's version", async () => {
    const mock = mockClient({
      ReportsPage: () => ({ year: officeYear() }),
      SetReportRule: () => ({
        setReportRule: {
          __typename: 'SetReportRuleSuccess',
          changedPeriods: 4,
          year: { __typename: 'EvaluationYear', id: 'y1', version: 4, reportRule: 'NATIONAL' },
        },
      }),
    });
    renderPage(mock.client, <ReportsPage />);
    fireEvent.change(await screen.findByLabelText('Quy định hạn gửi báo cáo của năm'), {
      target: { value: 'NATIONAL' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Áp dụng quy định' }));
    expect(mock.requests.some((r) => r.operationName === 'SetReportRule')).toBe(false);
    expect(await screen.findByText(/Hạn của mọi kỳ báo cáo sẽ được tính lại/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Áp dụng quy định' }));
    await waitFor(() => expect(mock.requests.some((r) => r.operationName === 'SetReportRule')).toBe(true));
    const sent = mock.requests.find((r) => r.operationName === 'SetReportRule')!;
    expect(sent.variables).toEqual({ input: { yearId: 'y1', rule: 'NATIONAL', version: 3 } });
    expect(await screen.findByText('Đã áp dụng quy định; 4 kỳ báo cáo đổi hạn.')).toBeTruthy();
  });

  it('an extension needs a reason before it is sent', async () => {
    const mock = mockClient({ ReportsPage: () => ({ year: officeYear() }) });
    renderPage(mock.client, <ReportsPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Gia hạn báo cáo' }));
    const dialog = await screen.findByRole('dialog', { name: 'Gia hạn báo cáo định kỳ' });
    fireEvent.change(within(dialog).getByLabelText('Hạn mới (ngày cuối cùng)'), { target: { value: '31/05/2021' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Lý do gia hạn').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(mock.requests.some((r) => r.operationName === 'GrantReportExtension')).toBe(false);
  });
});

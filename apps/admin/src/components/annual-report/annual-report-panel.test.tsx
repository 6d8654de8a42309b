import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient } from '../../test/graphql-mock';
import { renderPage } from '../../test/render';
import { AnnualReportPanel } from './annual-report-panel';

const year = (over: Record<string, unknown> = {}) => ({
  __typename: 'EvaluationYear',
  id: 'y1',
  year: 2021,
  status: 'PUBLISHED',
  viewerCanIssueAnnualReport: true,
  annualReportDownloads: {
    __typename: 'AnnualReportDownloads',
    draft: false,
    docxUrl: '/reports/annual/y1.docx',
    pdfUrl: '/reports/annual/y1.pdf',
    xlsxUrl: '/reports/annual/y1.xlsx',
  },
  annualReport: null,
  ...over,
});

const issuedReport = {
  __typename: 'AnnualReport',
  id: 'r1',
  number: '05/BC-UBND',
  issuedOn: '2022-01-05',
  signerName: 'Trần Văn Lãnh',
  signerTitle: 'CHỦ TỊCH',
  recipients: ['Sở Nội vụ (để báo cáo);', 'Lưu: VT.'],
  issuedByName: 'Lãnh đạo',
  docxUrl: '/reports/annual/y1.docx',
  pdfUrl: '/reports/annual/y1.pdf',
};

describe('AnnualReportPanel', () => {
  it('a draft year: the three downloads and the draft note, no issue button', async () => {
    const mock = mockClient({
      AnnualReportPanel: () => ({
        evaluationYear: year({
          status: 'ROUND1',
          viewerCanIssueAnnualReport: false,
          annualReportDownloads: { ...year().annualReportDownloads, draft: true },
        }),
      }),
    });
    renderPage(mock.client, <AnnualReportPanel yearId="y1" />);
    expect(await screen.findByText(/Dự thảo: kết quả chưa công bố/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tải DOCX (dự thảo)' }).getAttribute('href')).toBe(
      '/reports/annual/y1.docx',
    );
    expect(screen.getByRole('link', { name: 'Tải PDF (dự thảo)' }).getAttribute('href')).toBe('/reports/annual/y1.pdf');
    expect(screen.getByRole('link', { name: 'Tải bảng xếp hạng (XLSX)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ban hành báo cáo' })).toBeNull();
  });

  it('renders nothing for a viewer who may not read the report', async () => {
    const mock = mockClient({
      AnnualReportPanel: () => ({
        evaluationYear: year({ annualReportDownloads: null, viewerCanIssueAnnualReport: false }),
      }),
    });
    const { container } = renderPage(mock.client, <AnnualReportPanel yearId="y1" />);
    await waitFor(() => expect(mock.requestsFor('AnnualReportPanel').length).toBeGreaterThan(0));
    expect(container.querySelector('.annual-report-panel')).toBeNull();
  });

  it('checks the form, asks for confirmation, then issues and shows the issued record', async () => {
    let current = year();
    const mock = mockClient({
      AnnualReportPanel: () => ({ evaluationYear: current }),
      IssueAnnualReport: () => {
        current = year({ viewerCanIssueAnnualReport: false, annualReport: issuedReport });
        return { issueAnnualReport: { __typename: 'IssueAnnualReportSuccess', year: current } };
      },
    });
    renderPage(mock.client, <AnnualReportPanel yearId="y1" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ban hành báo cáo' }));
    fireEvent.change(screen.getByLabelText('Số văn bản'), { target: { value: '05' } });
    fireEvent.change(screen.getByLabelText('Ngày ban hành'), { target: { value: '31/02/2022' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(await screen.findByText('Số văn bản có dạng 05/BC-UBND.')).toBeTruthy();
    expect(screen.getByText('Ngày không hợp lệ (dd/mm/yyyy).')).toBeTruthy();
    expect(screen.getAllByText('Cần nhập thông tin này.').length).toBe(2); // signer name, recipients

    fireEvent.change(screen.getByLabelText('Số văn bản'), { target: { value: '05/BC-UBND' } });
    fireEvent.change(screen.getByLabelText('Ngày ban hành'), { target: { value: '05/01/2022' } });
    fireEvent.change(screen.getByLabelText('Họ tên người ký'), { target: { value: 'Trần Văn Lãnh' } });
    fireEvent.change(screen.getByLabelText('Nơi nhận (mỗi dòng một nơi)'), {
      target: { value: 'Sở Nội vụ (để báo cáo);\n\nLưu: VT.\n' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(
      await screen.findByText(/Ban hành báo cáo năm 2021 số 05\/BC-UBND, ngày 05\/01\/2022, gửi 2 nơi nhận\?/),
    ).toBeTruthy();
    expect(mock.requestsFor('IssueAnnualReport')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Ban hành' }));
    await screen.findByText('Đã ban hành báo cáo số 05/BC-UBND.');
    expect(mock.requestsFor('IssueAnnualReport')[0]!.variables.input).toEqual({
      yearId: 'y1',
      number: '05/BC-UBND',
      issuedOn: '2022-01-05',
      signerName: 'Trần Văn Lãnh',
      signerTitle: 'CHỦ TỊCH',
      recipients: ['Sở Nội vụ (để báo cáo);', 'Lưu: VT.'],
    });
    await waitFor(() =>
      expect(screen.getByText('Đã ban hành: số 05/BC-UBND, ngày 05/01/2022, người ký Trần Văn Lãnh.')).toBeTruthy(),
    );
    expect(screen.getByRole('link', { name: 'Tải DOCX đã ban hành' })).toBeTruthy();
  });
});

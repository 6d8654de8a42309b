import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient } from '../../test/graphql-mock';
import { renderPage } from '../../test/render';
import { VisitMinutes } from './visit-minutes';

const visit = (over: Record<string, unknown> = {}) => ({
  __typename: 'InspectionVisit',
  id: 'v1',
  version: 3,
  status: 'IN_PROGRESS',
  place: 'Trụ sở Phòng Tư pháp',
  minutesNumber: null,
  minutesNumberValue: null,
  suggestedMinutesNumber: 4,
  minutesSummary: null,
  conclusions: null,
  concludedAt: null,
  minutesUrl: '/visits/v1/minutes.docx',
  viewerCanRecordMinutes: true,
  viewerCanConclude: false,
  minutesFile: null,
  ...over,
});

describe('VisitMinutes', () => {
  it('offers the next number, records the minutes and then the conclusion after a confirmation', async () => {
    let current = visit();
    const mock = mockClient({
      VisitMinutes: () => ({ inspectionVisit: current }),
      RecordVisitMinutes: (req) => {
        const input = req.variables.input as { number: number; conclusions: string };
        current = visit({
          version: 4,
          status: 'MINUTES_RECORDED',
          minutesNumber: `0${input.number}/BB-ĐKT`,
          minutesNumberValue: input.number,
          conclusions: input.conclusions,
          viewerCanConclude: true,
        });
        return {
          recordVisitMinutes: {
            __typename: 'VisitMinutesSuccess',
            visit: { ...current, viewerCanRecordFindings: true },
          },
        };
      },
      ConcludeVisit: () => {
        current = visit({
          version: 5,
          status: 'CONCLUDED',
          minutesNumber: '04/BB-ĐKT',
          concludedAt: '2021-10-05T04:00:00.000Z',
          viewerCanRecordMinutes: false,
          viewerCanConclude: false,
          minutesFile: {
            __typename: 'EvidenceFile',
            id: 'f1',
            fileName: 'Bien-ban.docx',
            url: '/files/f1',
            sha256: 'x',
          },
        });
        return {
          concludeVisit: { __typename: 'VisitMinutesSuccess', visit: { ...current, viewerCanRecordFindings: false } },
        };
      },
    });
    renderPage(mock.client, <VisitMinutes visitId="v1" />);
    expect(((await screen.findByLabelText('Số biên bản')) as HTMLInputElement).value).toBe('4');
    expect(screen.getByRole('link', { name: 'Tải dự thảo biên bản (DOCX)' }).getAttribute('href')).toBe(
      '/visits/v1/minutes.docx',
    );
    // the conclusions are required before anything is sent
    fireEvent.click(screen.getByRole('button', { name: 'Lập biên bản' }));
    expect(await screen.findByText('Không được để trống.')).toBeTruthy();
    expect(mock.requestsFor('RecordVisitMinutes')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Kết luận và kiến nghị'), { target: { value: 'Đơn vị thực hiện tốt.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lập biên bản' }));
    await screen.findByText('Đã lưu biên bản số 04/BB-ĐKT.');
    expect(mock.requestsFor('RecordVisitMinutes')[0]!.variables.input).toEqual({
      visitId: 'v1',
      version: 3,
      number: 4,
      place: 'Trụ sở Phòng Tư pháp',
      summary: null,
      conclusions: 'Đơn vị thực hiện tốt.',
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Kết luận và ban hành biên bản' }));
    expect(mock.requestsFor('ConcludeVisit')).toHaveLength(0);
    fireEvent.click(await screen.findByRole('button', { name: 'Kết luận' }));
    await screen.findByText('Đã kết luận; biên bản đã ban hành.');
    expect(mock.requestsFor('ConcludeVisit')[0]!.variables.input).toEqual({ visitId: 'v1', version: 4 });
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Tải biên bản đã ban hành (DOCX)' }).getAttribute('href')).toBe(
        '/files/f1',
      ),
    );
  });
});

import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockClient } from '../../test/graphql-mock';
import { renderPage } from '../../test/render';
import { VisitFindings } from './visit-findings';

let online = true;
beforeEach(() => {
  online = true;
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
});
afterEach(() => {
  online = true;
});

const finding = (id: string, description: string) => ({
  __typename: 'Finding',
  id,
  version: 1,
  clientId: null,
  kind: 'WEAKNESS',
  severity: 'HIGH',
  description,
  latitude: null,
  longitude: null,
  recordedAt: '2021-10-05T02:00:00.000Z',
  authorName: 'Nguyễn Văn Kiểm',
  viewerCanEdit: true,
  criterion: { __typename: 'FrameworkNode', id: 'leaf-1', code: '2.1.1', name: 'Niêm yết TTHC' },
  photos: [],
});

function server(visitId: string) {
  const recorded: Array<ReturnType<typeof finding>> = [];
  const mock = mockClient({
    VisitFindings: () => ({
      inspectionVisit: {
        __typename: 'InspectionVisit',
        id: visitId,
        yearId: 'year-2021',
        status: 'IN_PROGRESS',
        viewerCanRecordFindings: true,
        unit: { __typename: 'Unit', id: 'unit-tp', name: 'Phòng Tư pháp' },
        findings: recorded,
      },
    }),
    VisitCriteria: () => ({
      evaluationYear: {
        __typename: 'EvaluationYear',
        id: 'year-2021',
        framework: {
          __typename: 'Framework',
          id: 'fw',
          nodes: [
            { __typename: 'FrameworkNode', id: 'area-2', code: '2', name: 'Cải cách TTHC', isLeaf: false },
            { __typename: 'FrameworkNode', id: 'leaf-1', code: '2.1.1', name: 'Niêm yết TTHC', isLeaf: true },
          ],
        },
      },
    }),
    RecordFinding: (req) => {
      const input = req.variables.input as { description: string };
      const f = finding(`f-${recorded.length + 1}`, input.description);
      recorded.push(f);
      return { recordFinding: { __typename: 'RecordFindingSuccess', created: true, finding: f } };
    },
  });
  return { ...mock, recorded };
}

async function fill(description: string) {
  fireEvent.change(await screen.findByLabelText('Mức độ'), { target: { value: 'HIGH' } });
  await screen.findByRole('option', { name: '2.1.1 Niêm yết TTHC' });
  fireEvent.change(screen.getByLabelText('Tiêu chí liên quan'), { target: { value: 'leaf-1' } });
  fireEvent.change(screen.getByLabelText('Nội dung phát hiện'), { target: { value: description } });
  fireEvent.click(screen.getByRole('button', { name: 'Ghi nhận' }));
  // the form is emptied once the finding is queued
  await waitFor(() => expect((screen.getByLabelText('Nội dung phát hiện') as HTMLTextAreaElement).value).toBe(''));
}

describe('VisitFindings', () => {
  it('records a finding through the outbox: sent once with its clientId, then listed', async () => {
    const s = server('visit-online');
    renderPage(s.client, <VisitFindings visitId="visit-online" />);
    expect(await screen.findByText('Chưa có phát hiện nào cho cuộc kiểm tra này.')).toBeTruthy();
    await fill('Chưa niêm yết đủ TTHC');
    await waitFor(() => expect(s.requestsFor('RecordFinding')).toHaveLength(1));
    const input = s.requestsFor('RecordFinding')[0]!.variables.input as Record<string, unknown>;
    expect(input).toMatchObject({
      visitId: 'visit-online',
      kind: 'WEAKNESS',
      severity: 'HIGH',
      frameworkNodeId: 'leaf-1',
      description: 'Chưa niêm yết đủ TTHC',
      photoFileIds: [],
    });
    expect(input.clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await screen.findByText('Chưa niêm yết đủ TTHC')).toBeTruthy();
    expect(screen.queryByText(/Đang chờ trên máy này/)).toBeNull();
  });

  it('offline: keeps two findings on the device and sends each once when the connection returns', async () => {
    const s = server('visit-offline');
    renderPage(s.client, <VisitFindings visitId="visit-offline" />);
    await screen.findByText('Chưa có phát hiện nào cho cuộc kiểm tra này.');
    online = false;
    window.dispatchEvent(new Event('offline'));
    expect(await screen.findByText(/Đang ngoại tuyến/)).toBeTruthy();
    await fill('Hồ sơ lưu trữ chưa đầy đủ');
    expect(await screen.findByText('Đã lưu trên máy này; sẽ tự gửi khi có mạng.')).toBeTruthy();
    await fill('Chưa cập nhật phần mềm một cửa');
    const waiting = await screen.findByRole('region', { name: 'Đang chờ trên máy này (2)' });
    expect(within(waiting).getAllByText('Chờ gửi')).toHaveLength(2);
    expect(s.requestsFor('RecordFinding')).toHaveLength(0);

    online = true;
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(s.recorded).toHaveLength(2));
    await waitFor(() => expect(screen.queryByText(/Đang chờ trên máy này/)).toBeNull());
    const sent = s.requestsFor('RecordFinding').map((r) => (r.variables.input as { clientId: string }).clientId);
    expect(new Set(sent).size).toBe(2);
    expect(sent).toHaveLength(2);
    expect(await screen.findByText('Hồ sơ lưu trữ chưa đầy đủ')).toBeTruthy();
  });

  it('says what is missing before anything is queued', async () => {
    const s = server('visit-invalid');
    renderPage(s.client, <VisitFindings visitId="visit-invalid" />);
    fireEvent.change(await screen.findByLabelText('Mức độ'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ghi nhận' }));
    expect(await screen.findByText('Tồn tại, hạn chế cần có mức độ.')).toBeTruthy();
    expect(screen.getByText('Cần nhập nội dung phát hiện.')).toBeTruthy();
    expect(s.requestsFor('RecordFinding')).toHaveLength(0);
  });
});

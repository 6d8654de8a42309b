import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CHECKLIST_ITEMS,
  entry,
  evidenceFile,
  frameworkNodes,
  type SaveInput,
  scoreServer,
  type StageName,
  stages,
  unitCycle,
} from '../components/score/score-fixtures';
import { mockClient } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { SelfAssessmentPage } from './self-assessment-page';

const UNIT = {
  __typename: 'Unit',
  id: 'u-lp',
  name: 'UBND phường Long Phước',
  type: { __typename: 'UnitType', id: 'ut-xa', code: 'xa' },
};

function pageAnswer({
  open = 'SELF_ASSESSMENT',
  unit = UNIT,
  framework = true,
  status = 'SELF_ASSESSMENT',
}: {
  open?: StageName | null | 'before';
  unit?: typeof UNIT | null;
  framework?: boolean;
  status?: string;
} = {}) {
  return {
    me: { __typename: 'User', id: 'me', unit },
    year: {
      __typename: 'EvaluationYear',
      id: 'y-2021',
      year: 2021,
      status,
      asOf: '2022-01-05',
      stages: stages(open),
      framework: framework ? { __typename: 'Framework', id: 'fw', nodes: frameworkNodes } : null,
    },
  };
}

function setup(options: Parameters<typeof pageAnswer>[0] & { submitted?: StageName[] } = {}, server = scoreServer()) {
  const open = options.open === undefined ? 'SELF_ASSESSMENT' : options.open;
  // the unit's own calendar agrees with the year's
  server.setCycle(() => unitCycle(open, options.submitted ?? []));
  const mock = mockClient({
    SelfAssessmentPage: () => pageAnswer(options),
    SelfAssessmentScorecard: server.scorecard,
    SaveScoreEntry: server.save,
  });
  renderPage(mock.client, <SelfAssessmentPage />, { path: '/self-assessment' });
  return { ...mock, server };
}

/** The card of a leaf (by its code), opened. */
async function openLeaf(code: string) {
  const card = await waitFor(() => {
    const found = document.getElementById(`leaf-${code.replace(/\./g, '-')}`);
    if (!found) throw new Error(`no card ${code}`);
    return found;
  });
  const toggle = within(card).getByRole('button', { expanded: false });
  fireEvent.click(toggle);
  return card;
}

/** XMLHttpRequest as the upload uses it: answers `FakeXhr.answer` after one progress event. */
class FakeXhr {
  static answer: { status: number; body: unknown } = { status: 201, body: {} };
  static sent: { method: string; url: string; headers: Record<string, string>; body: unknown; credentials: boolean }[] =
    [];
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  withCredentials = false;
  status = 0;
  responseText = '';
  private method = '';
  private url = '';
  private headers: Record<string, string> = {};
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    FakeXhr.sent.push({
      method: this.method,
      url: this.url,
      headers: this.headers,
      body,
      credentials: this.withCredentials,
    });
    setTimeout(() => {
      this.upload.onprogress?.({ loaded: 5, total: 10, lengthComputable: true });
      setTimeout(() => {
        this.status = FakeXhr.answer.status;
        this.responseText = JSON.stringify(FakeXhr.answer.body);
        this.onload?.();
      }, 20);
    }, 0);
  }
  abort() {}
}

beforeEach(() => {
  FakeXhr.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function pdf(name: string, bytes = 2048) {
  return new File([new Uint8Array(bytes)], name, { type: 'application/pdf' });
}

const saveInputs = (requests: { variables: Record<string, unknown> }[]) =>
  requests.map((r) => (r.variables as { input: SaveInput }).input);

describe('SelfAssessmentPage', () => {
  it('lists the leaves that apply to the unit by area, with progress, the window and the as-of day', async () => {
    const server = scoreServer([entry('1.7', 'SELF', { points: 0.5, inputs: { kind: 'binary', met: true } })]);
    setup({}, server);
    expect(
      await screen.findByRole('heading', { level: 1, name: /Tự đánh giá năm 2021 — UBND phường Long Phước/ }),
    ).toBeTruthy();
    expect(screen.getByText('Tính đến ngày 05/01/2022')).toBeTruthy();
    expect(screen.getByText('Tự đánh giá đang mở đến hết ngày 10/01/2022.')).toBeTruthy();
    // 1.1.1, 1.1.2, 1.2, 1.7 are self-scored for a ward; 3.7 is for offices only; 1.3, 1.6 and 8.1 are not self-scored
    expect(await screen.findByText('1/4 tiêu chí đã tự chấm')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: '1. Công tác chỉ đạo, điều hành CCHC' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: '8. Mức độ hài lòng' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2, name: /Cải cách thủ tục hành chính/ })).toBeNull();
    expect(screen.queryByText(/Rà soát, đề xuất đơn giản hóa TTHC/)).toBeNull();
    const claimed = document.getElementById('leaf-1-7')!;
    expect(within(claimed).getByText('Đã tự chấm: 0,5/0,5')).toBeTruthy();
    expect(within(document.getElementById('leaf-1-3')!).getByText('Phòng Nội vụ chấm')).toBeTruthy();
    expect(within(document.getElementById('leaf-8-1')!).getByText('Phòng Nội vụ chấm')).toBeTruthy();
  });

  it('shapes each leaf input by its method', async () => {
    setup();
    const binary = await openLeaf('1.7');
    expect(within(binary).getByRole('group', { name: /Đạt \/ không đạt/ })).toBeTruthy();
    expect(within(binary).getByRole('radio', { name: 'Đạt' })).toBeTruthy();
    expect(within(binary).getByRole('radio', { name: 'Không đạt' })).toBeTruthy();
    expect(within(binary).getByText('Quyết định công nhận sáng kiến')).toBeTruthy();

    const checklist = await openLeaf('1.1.2');
    expect(
      within(checklist)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')!.textContent),
    ).toEqual(CHECKLIST_ITEMS);

    const ratio = await openLeaf('1.2');
    expect(within(ratio).getByLabelText('Tử số')).toBeTruthy();
    expect(within(ratio).getByLabelText('Mẫu số')).toBeTruthy();

    const deadline = await openLeaf('1.1.1');
    expect(
      within(deadline)
        .getAllByRole('radio')
        .map((r) => r.closest('label')!.textContent),
    ).toEqual(['Đúng hạn', 'Trễ hạn', 'Không thực hiện / không gửi']);

    const survey = await openLeaf('8.1');
    expect(within(survey).queryByRole('button', { name: 'Lưu nháp' })).toBeNull();
    expect(within(survey).getByText(/đơn vị không tự chấm/)).toBeTruthy();
  });

  it('checks the value with the domain rules before sending: a choice, then an explanation without evidence', async () => {
    const { requestsFor } = setup();
    const card = await openLeaf('1.7');
    fireEvent.click(within(card).getByRole('button', { name: 'Lưu nháp' }));
    expect(await within(card).findByText('Chọn "Đạt" hoặc "Không đạt".')).toBeTruthy();

    fireEvent.click(within(card).getByRole('radio', { name: 'Đạt' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Lưu nháp' }));
    const comment = within(card).getByRole('textbox', { name: 'Giải trình / ghi chú' });
    await waitFor(() => expect(comment.getAttribute('aria-invalid')).toBe('true'));
    expect(within(card).getByText('Không có tài liệu kiểm chứng: cần giải trình.')).toBeTruthy();

    const ratio = await openLeaf('1.2');
    fireEvent.change(within(ratio).getByLabelText('Tử số'), { target: { value: 'mười' } });
    fireEvent.change(within(ratio).getByLabelText('Mẫu số'), { target: { value: '20' } });
    fireEvent.click(within(ratio).getByRole('button', { name: 'Lưu nháp' }));
    expect(await within(ratio).findByText('Nhập số không âm (ví dụ 12 hoặc 12,5).')).toBeTruthy();
    expect(requestsFor('SaveScoreEntry')).toHaveLength(0);
  });

  it('saves a draft with the method inputs and shows the server points', async () => {
    const server = scoreServer([], (input) => (input.leafCode === '1.2' ? 2 : null));
    const { requestsFor } = setup({}, server);
    const card = await openLeaf('1.2');
    fireEvent.change(within(card).getByLabelText('Tử số'), { target: { value: '17' } });
    fireEvent.change(within(card).getByLabelText('Mẫu số'), { target: { value: '20' } });
    fireEvent.change(within(card).getByRole('textbox', { name: 'Giải trình / ghi chú' }), {
      target: { value: 'Chưa có biên bản, sẽ bổ sung' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Lưu nháp' }));
    expect(await within(card).findByText('Đã lưu.')).toBeTruthy();
    expect(saveInputs(requestsFor('SaveScoreEntry'))).toEqual([
      {
        yearId: 'y-2021',
        unitId: 'u-lp',
        leafCode: '1.2',
        source: 'SELF',
        version: null,
        inputs: { kind: 'ratio_tiered', numerator: 17, denominator: 20 },
        points: null,
        comment: 'Chưa có biên bản, sẽ bổ sung',
        reasonCode: null,
        evidenceFileIds: [],
      },
    ]);
    // the scorecard is read again: the server's points show on the card
    expect(await within(card).findByText('Đã tự chấm: 2/3')).toBeTruthy();
    expect(await screen.findByText('1/4 tiêu chí đã tự chấm')).toBeTruthy();
  });

  it('on a conflict shows the value saved meanwhile and saves again only after loading it', async () => {
    const server = scoreServer([
      entry('1.7', 'SELF', { points: 0, inputs: { kind: 'binary', met: false }, comment: 'Chưa có quyết định' }),
    ]);
    const { requestsFor } = setup({}, server);
    const card = await openLeaf('1.7');
    expect((within(card).getByRole('radio', { name: 'Không đạt' }) as HTMLInputElement).checked).toBe(true);
    // someone else saves the claim while this form is open
    server.saveAsOther('1.7', 'SELF', {
      points: 0.5,
      inputsJson: JSON.stringify({ kind: 'binary', met: true }),
      comment: 'Đã có quyết định công nhận',
    });
    fireEvent.click(within(card).getByRole('radio', { name: 'Đạt' }));
    fireEvent.change(within(card).getByRole('textbox', { name: 'Giải trình / ghi chú' }), {
      target: { value: 'Của tôi' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Lưu nháp' }));
    expect(await within(card).findByText(/Người khác vừa lưu tiêu chí này/)).toBeTruthy();
    const reload = await within(card).findByRole('button', { name: 'Tải giá trị hiện tại' });
    expect(within(card).getByText('Đã có quyết định công nhận')).toBeTruthy();
    expect(within(card).getByText('Trần Thị Bình, ngày 05/01/2022')).toBeTruthy();
    expect(server.find('1.7', 'SELF')!.comment).toBe('Đã có quyết định công nhận');

    fireEvent.click(reload);
    const comment = within(card).getByRole('textbox', { name: 'Giải trình / ghi chú' }) as HTMLTextAreaElement;
    expect(comment.value).toBe('Đã có quyết định công nhận');
    fireEvent.change(comment, { target: { value: 'Đã có quyết định công nhận (bổ sung số)' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Lưu nháp' }));
    expect(await within(card).findByText('Đã lưu.')).toBeTruthy();
    expect(saveInputs(requestsFor('SaveScoreEntry')).map((i) => i.version)).toEqual([1, 2]);
    expect(server.find('1.7', 'SELF')).toMatchObject({
      version: 3,
      comment: 'Đã có quyết định công nhận (bổ sung số)',
    });
  });

  it('is read-only after the deadline and says why', async () => {
    const server = scoreServer([
      entry('1.7', 'SELF', { points: 0.5, inputs: { kind: 'binary', met: true }, comment: 'Có quyết định' }),
    ]);
    setup({ open: 'ROUND1' }, server);
    expect(await screen.findByText('Tự đánh giá đã kết thúc ngày 10/01/2022: trang chỉ để xem.')).toBeTruthy();
    const card = await openLeaf('1.7');
    expect(within(card).queryByRole('button', { name: 'Lưu nháp' })).toBeNull();
    expect(within(card).queryByRole('radio')).toBeNull();
    expect(within(card).getByText('Có quyết định')).toBeTruthy();
    expect(within(card).getByText('Đạt')).toBeTruthy();
  });

  it('says the self-assessment is not open yet before its first day', async () => {
    setup({ open: 'before', status: 'OPEN' });
    expect(
      await screen.findByText('Tự đánh giá chưa mở: bắt đầu từ ngày 01/12/2021. Trang hiện chỉ để xem.'),
    ).toBeTruthy();
    const card = await openLeaf('1.7');
    expect(within(card).queryByRole('button', { name: 'Lưu nháp' })).toBeNull();
  });

  it('during the explanation stage shows round 1 next to the claim and takes the explanation', async () => {
    const server = scoreServer([
      entry('1.7', 'SELF', { points: 0.5, inputs: { kind: 'binary', met: true }, comment: 'Có quyết định' }),
      entry('1.7', 'ROUND1', {
        points: 0,
        inputs: { kind: 'binary', met: false },
        comment: 'Quyết định chưa đúng thẩm quyền',
        reasonCode: 'EVIDENCE_INSUFFICIENT',
        authorName: 'Phòng Nội vụ',
      }),
    ]);
    const { requestsFor } = setup({ open: 'EXPLANATION' }, server);
    expect(await screen.findByText('Giải trình đang mở đến hết ngày 05/02/2022.')).toBeTruthy();
    const card = await openLeaf('1.7');
    expect(within(card).getByText('Quyết định chưa đúng thẩm quyền')).toBeTruthy();
    expect(within(card).getByText('Tài liệu kiểm chứng chưa đầy đủ')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Lưu nháp' }));
    expect(await within(card).findByText('Cần nhập thông tin này.')).toBeTruthy();
    fireEvent.change(within(card).getByRole('textbox', { name: 'Nội dung giải trình' }), {
      target: { value: 'Bổ sung quyết định của UBND thị xã' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Lưu nháp' }));
    expect(await within(card).findByText('Đã lưu.')).toBeTruthy();
    expect(saveInputs(requestsFor('SaveScoreEntry'))[0]).toMatchObject({
      source: 'EXPLANATION',
      inputs: null,
      points: null,
      comment: 'Bổ sung quyết định của UBND thị xã',
    });
  });

  it('has clear empty states', async () => {
    setup({ unit: null });
    expect(await screen.findByText(/Tài khoản chưa gắn với đơn vị/)).toBeTruthy();
  });

  it('says when the year has no framework', async () => {
    setup({ framework: false });
    expect(await screen.findByText('Năm này chưa có bộ tiêu chí.')).toBeTruthy();
  });

  it('uploads evidence with its progress, lists it, and saves the entry with it (no explanation needed then)', async () => {
    const server = scoreServer();
    const uploaded = evidenceFile('f-1', 'Quyết định công nhận sáng kiến.pdf', 2048);
    server.files.set(uploaded.id, uploaded);
    FakeXhr.answer = { status: 201, body: { file: uploaded } };
    const { requestsFor } = setup({}, server);
    const card = await openLeaf('1.7');
    expect(within(card).getByText('Chưa có tài liệu kiểm chứng.')).toBeTruthy();
    fireEvent.change(within(card).getByLabelText('Thêm tài liệu'), {
      target: { files: [pdf('Quyết định công nhận sáng kiến.pdf')] },
    });
    expect(await within(card).findByText('Đang tải lên Quyết định công nhận sáng kiến.pdf…')).toBeTruthy();
    const link = await within(card).findByRole('link', { name: 'Quyết định công nhận sáng kiến.pdf' });
    expect(link.getAttribute('href')).toBe('/files/f-1');
    expect(FakeXhr.sent).toHaveLength(1);
    expect(FakeXhr.sent[0]).toMatchObject({
      method: 'POST',
      url: '/files?yearId=y-2021&unitId=u-lp',
      credentials: true,
      headers: {
        'Content-Type': 'application/pdf',
        'X-File-Name': encodeURIComponent('Quyết định công nhận sáng kiến.pdf'),
        'X-Requested-With': 'cchc',
      },
    });

    fireEvent.click(within(card).getByRole('radio', { name: 'Đạt' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Lưu nháp' }));
    expect(await within(card).findByText('Đã lưu.')).toBeTruthy();
    expect(saveInputs(requestsFor('SaveScoreEntry'))[0]).toMatchObject({
      leafCode: '1.7',
      inputs: { kind: 'binary', met: true },
      comment: null,
      evidenceFileIds: ['f-1'],
    });
    expect(server.find('1.7', 'SELF')!.evidence.map((f) => f.id)).toEqual(['f-1']);
  });

  it('removes a file from the entry, and then asks for an explanation again', async () => {
    const server = scoreServer([
      entry('1.7', 'SELF', {
        points: 0.5,
        inputs: { kind: 'binary', met: true },
        evidence: [evidenceFile('f-1', 'QĐ 12.pdf')],
      }),
    ]);
    const { requestsFor } = setup({}, server);
    const card = await openLeaf('1.7');
    fireEvent.click(within(card).getByRole('button', { name: 'Bỏ QĐ 12.pdf khỏi tiêu chí' }));
    expect(within(card).queryByRole('link', { name: 'QĐ 12.pdf' })).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: 'Lưu nháp' }));
    expect(await within(card).findByText('Không có tài liệu kiểm chứng: cần giải trình.')).toBeTruthy();
    expect(requestsFor('SaveScoreEntry')).toHaveLength(0);
  });

  it('shows why an upload was refused, by the server or before sending', async () => {
    FakeXhr.answer = {
      status: 413,
      body: { error: { code: 'TOO_LARGE', message: 'Tệp vượt quá 10 MB.' } },
    };
    setup();
    const card = await openLeaf('1.7');
    fireEvent.change(within(card).getByLabelText('Thêm tài liệu'), { target: { files: [pdf('biên bản.pdf')] } });
    expect(await within(card).findByText('Không tải được biên bản.pdf: Tệp lớn hơn 10 MB.')).toBeTruthy();

    // a type the server does not take is refused here, without sending it
    const exe = new File([new Uint8Array(10)], 'setup.exe', { type: 'application/x-msdownload' });
    fireEvent.change(within(card).getByLabelText('Thêm tài liệu'), { target: { files: [exe] } });
    expect(
      await within(card).findByText('Không tải được setup.exe: Chỉ nhận PDF, ảnh (JPEG, PNG, WebP), Word hoặc Excel.'),
    ).toBeTruthy();
    expect(FakeXhr.sent).toHaveLength(1);
    expect(within(card).queryByRole('link')).toBeNull();
  });

  it('submits after a confirmation and lists the leaves still missing something as links', async () => {
    const { requestsFor, client } = (() => {
      const server = scoreServer();
      const mock = mockClient({
        SelfAssessmentPage: () => pageAnswer(),
        SelfAssessmentScorecard: server.scorecard,
        SubmitUnitStage: () => ({
          submitUnitStage: {
            __typename: 'ValidationError',
            message: 'Bản tự đánh giá chưa đầy đủ.',
            code: 'VALIDATION_FAILED',
            problems: [
              { __typename: 'FieldProblem', field: '1.1.2', code: 'MISSING_CLAIM', message: 'Chưa tự chấm.' },
              {
                __typename: 'FieldProblem',
                field: '1.7',
                code: 'NEEDS_EVIDENCE_OR_EXPLANATION',
                message: 'Cần tài liệu kiểm chứng hoặc giải trình.',
              },
            ],
          },
        }),
      });
      renderPage(mock.client, <SelfAssessmentPage />, { path: '/self-assessment' });
      return mock;
    })();
    expect(client).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Nộp bản tự đánh giá' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nộp bản tự đánh giá' });
    expect(within(dialog).getByText(/không sửa được nữa/)).toBeTruthy();
    expect(within(dialog).getByText('0/4 tiêu chí đã tự chấm')).toBeTruthy();
    expect(requestsFor('SubmitUnitStage')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Nộp' }));
    const alert = await screen.findByText('Chưa nộp được: 2 tiêu chí cần hoàn thiện');
    expect(requestsFor('SubmitUnitStage')[0]!.variables.input).toEqual({
      yearId: 'y-2021',
      unitId: 'u-lp',
      stage: 'SELF_ASSESSMENT',
    });
    const list = alert.closest('[role="alert"]') as HTMLElement;
    expect(
      within(list).getByRole('link', { name: '1.7 Sáng kiến, mô hình mới được công nhận' }).closest('li')!.textContent,
    ).toBe('1.7 Sáng kiến, mô hình mới được công nhận: cần tài liệu kiểm chứng hoặc giải trình');
    const link = within(list).getByRole('link', { name: '1.1.2 Kế hoạch có đủ nội dung' });
    expect(link.getAttribute('href')).toBe('#leaf-1-1-2');
    fireEvent.click(link);
    const card = document.getElementById('leaf-1-1-2')!;
    expect(within(card).getByRole('button', { name: 'Thu gọn' }).getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(card));
  });

  it('is read-only once submitted, and says when and by whom', async () => {
    const server = scoreServer([entry('1.7', 'SELF', { points: 0.5, inputs: { kind: 'binary', met: true } })]);
    setup({ submitted: ['SELF_ASSESSMENT'] }, server);
    expect(
      await screen.findByText('Đơn vị đã nộp bản Tự đánh giá ngày 08/01/2022 (Nguyễn Văn An): trang chỉ để xem.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Nộp bản tự đánh giá' })).toBeNull();
    const card = await openLeaf('1.7');
    expect(within(card).queryByRole('button', { name: 'Lưu nháp' })).toBeNull();
  });

  it('is open again for the unit after Home Affairs reopened it, and says until when', async () => {
    const server = scoreServer();
    setup({ open: 'ROUND1' }, server);
    // the unit's own calendar: the self-assessment reopened for it until 20/01/2022
    server.setCycle(() => {
      const cycle = unitCycle('ROUND1');
      const self = cycle.stages[0]!;
      cycle.stages[0] = { ...self, state: 'OPEN', reopenedUntil: '2022-01-20', viewerCanSubmit: true };
      return { ...cycle, viewerCanSaveClaim: true };
    });
    expect(
      await screen.findByText('Tự đánh giá được mở lại cho đơn vị đến hết ngày 20/01/2022 (hạn chung: 10/01/2022).'),
    ).toBeTruthy();
    const card = await openLeaf('1.7');
    expect(within(card).getByRole('button', { name: 'Lưu nháp' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nộp bản tự đánh giá' })).toBeTruthy();
  });

  it('submits the explanation; the page then says it was submitted and is read-only', async () => {
    const server = scoreServer([
      entry('1.7', 'SELF', { points: 0.5, inputs: { kind: 'binary', met: true }, comment: 'Có quyết định' }),
      entry('1.7', 'EXPLANATION', { comment: 'Bổ sung quyết định' }),
    ]);
    let submitted = false;
    const mock = mockClient({
      SelfAssessmentPage: () => pageAnswer({ open: 'EXPLANATION' }),
      SelfAssessmentScorecard: () => {
        server.setCycle(() => unitCycle('EXPLANATION', submitted ? ['EXPLANATION'] : []));
        return server.scorecard();
      },
      SubmitUnitStage: () => {
        submitted = true;
        return {
          submitUnitStage: {
            __typename: 'SubmitUnitStageSuccess',
            submission: {
              __typename: 'UnitStageSubmission',
              stage: 'EXPLANATION',
              submittedAt: '2022-01-08T02:30:00.000Z',
              submittedByName: 'Nguyễn Văn An',
            },
          },
        };
      },
    });
    renderPage(mock.client, <SelfAssessmentPage />, { path: '/self-assessment' });
    fireEvent.click(await screen.findByRole('button', { name: 'Nộp giải trình' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nộp giải trình' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Nộp' }));
    // the unit's calendar is read again: submitted, read-only
    expect(
      await screen.findByText('Đơn vị đã nộp bản Giải trình ngày 08/01/2022 (Nguyễn Văn An): trang chỉ để xem.'),
    ).toBeTruthy();
    expect(mock.requestsFor('SubmitUnitStage')[0]!.variables.input).toMatchObject({ stage: 'EXPLANATION' });
    expect(screen.queryByRole('button', { name: 'Nộp giải trình' })).toBeNull();
    // the confirmation stays (in the banner, though the submit part is gone) and has the focus
    const done = await screen.findByText('Đã nộp giải trình ngày 08/01/2022 (Nguyễn Văn An).');
    expect(done.getAttribute('role')).toBe('status');
    await waitFor(() => expect(document.activeElement).toBe(done));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement).toBe(screen.getByText('Đã nộp giải trình ngày 08/01/2022 (Nguyễn Văn An).'));
    const card = await openLeaf('1.7');
    expect(within(card).queryByRole('button', { name: 'Lưu nháp' })).toBeNull();
    expect(within(card).getByText('Bổ sung quyết định')).toBeTruthy();
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { unitTypes } from '../test/fixtures';
import { mockClient, type Resolver } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { FrameworkPage } from './framework-page';

const METHODS: Record<string, unknown> = {
  CHECKLIST: { kind: 'checklist', items: ['Có kế hoạch', 'Có báo cáo', 'Có kiểm tra'], pointsPerItem: 0.5 },
  DEADLINE: {
    kind: 'deadline',
    points: { on_time: 1, late: 0, missing: 0 },
    conditions: { on_time: 'Ban hành trước 20/02', late: 'Sau 20/02', missing: 'Không ban hành' },
  },
  RATIO_TIERED: {
    kind: 'ratio_tiered',
    whenDenominatorZero: null,
    tiers: [
      { min: 1, minInclusive: true, max: null, maxInclusive: true, points: { kind: 'fixed', points: 10 } },
      { min: 0.8, minInclusive: true, max: 1, maxInclusive: false, points: { kind: 'fixed', points: 5 } },
      { min: null, minInclusive: true, max: 0.8, maxInclusive: false, points: { kind: 'fixed', points: 0 } },
    ],
  },
};

const node = (
  code: string,
  parentId: string | null,
  name: string,
  maxPoints: number,
  extra: Partial<{ method: string; scoreSource: string; appliesTo: string[]; inUse: boolean }> = {},
) => ({
  __typename: 'FrameworkNode',
  id: `n-${code}`,
  code,
  parentId: parentId && `n-${parentId}`,
  depth: code.split('.').length - 1,
  position: Number(code.split('.').at(-1)),
  name,
  nameEn: null,
  maxPoints,
  isLeaf: Boolean(extra.method),
  method: extra.method ?? null,
  scoreSource: extra.scoreSource ?? null,
  appliesTo: extra.appliesTo ?? [],
  evidenceHint: null,
  sumReason: null,
  methodConfig: extra.method ? METHODS[extra.method] : null,
  inUse: extra.inUse ?? false,
});

// given out of order on purpose: the page must build the tree from parentId
const nodes = [
  node('1.1.2', '1.1', 'Kế hoạch có đủ nội dung', 1.5, {
    method: 'CHECKLIST',
    scoreSource: 'SELF_THEN_APPRAISED',
    appliesTo: ['phong', 'xa'],
  }),
  node('1', null, 'Công tác chỉ đạo, điều hành CCHC', 14),
  node('1.1', '1', 'Kế hoạch CCHC năm của đơn vị', 2.5),
  node('1.1.1', '1.1', 'Ban hành kế hoạch đúng thời hạn', 1, {
    method: 'DEADLINE',
    scoreSource: 'APPRAISED_ONLY',
    inUse: true,
  }),
  node('2', null, 'Cải cách thủ tục hành chính', 10),
  node('2.1', '2', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 10, {
    method: 'RATIO_TIERED',
    scoreSource: 'APPRAISED_ONLY',
    appliesTo: ['xa'],
  }),
];

function framework(options: { problems?: string[]; viewerCanEdit?: boolean } = {}) {
  return {
    __typename: 'Framework',
    id: 'fw-1',
    version: 7,
    name: 'Bộ tiêu chí mẫu',
    maxPoints: 100,
    applicableMaxPhong: 97,
    applicableMaxXa: 98.5,
    problems: (options.problems ?? []).map((p) => `${p} (en)`),
    problemsVi: options.problems ?? [],
    viewerCanEdit: options.viewerCanEdit ?? false,
    nodes,
  };
}

type Fw = ReturnType<typeof framework>;

function renderFramework(
  fw: Fw | null,
  options: { canEdit?: boolean; previous?: boolean; resolvers?: Record<string, Resolver> } = {},
) {
  const mock = mockClient({
    FrameworkPage: () => ({
      unitTypes,
      year: {
        __typename: 'EvaluationYear',
        id: 'y-2021',
        year: 2021,
        viewerCanEditFramework: options.canEdit ?? false,
        framework: fw,
      },
      previousYear: options.previous
        ? { __typename: 'EvaluationYear', id: 'y-2020', year: 2020, framework: { __typename: 'Framework', id: 'fw-0' } }
        : null,
    }),
    ...options.resolvers,
  });
  renderPage(mock.client, <FrameworkPage />, { path: '/framework' });
  return mock;
}

const success = (name: string, fw: Fw, code = '1.1.2') => ({
  [name]: {
    __typename: 'FrameworkEditSuccess',
    framework: fw,
    node: { __typename: 'FrameworkNode', id: `n-${code}`, code },
  },
});

async function startEditing() {
  fireEvent.click(await screen.findByRole('button', { name: 'Sửa bộ tiêu chí' }));
}

describe('FrameworkPage', () => {
  it('shows the tree in order with translated methods, sources, unit types and totals', async () => {
    const { requestsFor } = renderFramework(framework());
    const table = await screen.findByRole('table', { name: /Cây tiêu chí/ });
    expect(requestsFor('FrameworkPage')[0]?.variables).toEqual({ year: 2021, previousYear: 2020 });
    const text = table.textContent ?? '';
    const order = [
      'Công tác chỉ đạo',
      'Kế hoạch CCHC năm',
      'Ban hành kế hoạch',
      'Kế hoạch có đủ',
      'Cải cách thủ tục',
      'Tỷ lệ hồ sơ',
    ];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const row = screen.getByRole('rowheader', { name: 'Kế hoạch có đủ nội dung' }).closest('tr')!;
    expect(within(row).getByText('1,5')).toBeTruthy();
    expect(within(row).getByText('Danh mục kiểm tra')).toBeTruthy();
    expect(within(row).getByText('Tự chấm, thẩm định')).toBeTruthy();
    expect(within(row).getByText('Phòng chuyên môn, UBND xã, phường')).toBeTruthy();
    const allRow = screen.getByRole('rowheader', { name: 'Ban hành kế hoạch đúng thời hạn' }).closest('tr')!;
    expect(within(allRow).getByText('Tất cả')).toBeTruthy();
    expect(within(allRow).getByText('Chỉ thẩm định')).toBeTruthy();

    expect(screen.getByText('100 điểm')).toBeTruthy();
    expect(screen.getByText('Phòng chuyên môn: 97 điểm')).toBeTruthy();
    expect(screen.getByText('UBND xã, phường: 98,5 điểm')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('collapses and expands an area with aria-expanded', async () => {
    renderFramework(framework());
    const toggle = await screen.findByRole('button', { name: /Công tác chỉ đạo, điều hành CCHC/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const body = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(body.hidden).toBe(false);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(body.hidden).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Mở tất cả' }));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('shows problems (in Vietnamese) as warnings', async () => {
    renderFramework(framework({ problems: ['1.1: Tổng điểm các tiêu chí con là 2,5, khác điểm tối đa 3'] }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Bộ tiêu chí có vấn đề cần xử lý');
    expect(alert.textContent).toContain('khác điểm tối đa 3');
    expect(alert.textContent).not.toContain('(en)');
  });

  it('says when the year has no framework', async () => {
    renderFramework(null);
    expect(await screen.findByText('Năm này chưa có bộ tiêu chí.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tải xuống JSON' })).toBeNull();
  });

  it('offers no editing to a person the server does not allow, but the download', async () => {
    renderFramework(framework({ viewerCanEdit: false }));
    expect(await screen.findByRole('button', { name: 'Tải xuống JSON' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sửa bộ tiêu chí' })).toBeNull();
    expect(screen.queryByLabelText('Nhập từ tệp JSON')).toBeNull();
    expect(screen.queryByRole('button', { name: /Sửa tiêu chí/ })).toBeNull();
  });

  it('edits a leaf: only the name changes, the method is sent back exactly as it was', async () => {
    const { requestsFor } = renderFramework(framework({ viewerCanEdit: true }), {
      canEdit: true,
      resolvers: { UpdateFrameworkNode: () => success('updateFrameworkNode', framework({ viewerCanEdit: true })) },
    });
    await startEditing();
    fireEvent.click(screen.getByRole('button', { name: 'Sửa tiêu chí 1.1.2' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa tiêu chí 1.1.2' });
    expect((within(dialog).getByLabelText('Các mục kiểm tra') as HTMLTextAreaElement).value).toBe(
      'Có kế hoạch\nCó báo cáo\nCó kiểm tra',
    );
    fireEvent.change(within(dialog).getByLabelText('Tên tiêu chí'), { target: { value: 'Kế hoạch đủ nội dung' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(requestsFor('UpdateFrameworkNode')).toHaveLength(1));
    expect(requestsFor('UpdateFrameworkNode')[0]?.variables.input).toEqual({
      nodeId: 'n-1.1.2',
      version: 7,
      name: 'Kế hoạch đủ nội dung',
      nameEn: null,
      maxPoints: 1.5,
      appliesTo: ['phong', 'xa'],
      evidenceHint: null,
      sumReason: null,
      method: METHODS.CHECKLIST,
      scoreSource: 'SELF_THEN_APPRAISED',
      adjustAncestors: true,
    });
    expect(await screen.findByText('Đã lưu tiêu chí 1.1.2.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it("checks the method against the points before sending, with the domain's words", async () => {
    const { requestsFor } = renderFramework(framework({ viewerCanEdit: true }), { canEdit: true });
    await startEditing();
    fireEvent.click(screen.getByRole('button', { name: 'Sửa tiêu chí 2.1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa tiêu chí 2.1' });
    expect(within(dialog).getAllByLabelText('Từ (%)')).toHaveLength(3);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bỏ mức 3' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText(/Các mức chưa phủ hết tỷ lệ từ 0% đến 100%, ví dụ 0,0%/)).toBeTruthy();
    expect(requestsFor('UpdateFrameworkNode')).toHaveLength(0);
  });

  it("lists the server's problems of the whole framework at the top of the dialog", async () => {
    renderFramework(framework({ viewerCanEdit: true }), {
      canEdit: true,
      resolvers: {
        AddFrameworkNode: () => ({
          addFrameworkNode: {
            __typename: 'ValidationError',
            message: '…',
            code: 'VALIDATION_FAILED',
            problems: [
              {
                __typename: 'FieldProblem',
                field: 'framework',
                code: 'FRAMEWORK_INVALID',
                message: 'Tiêu chí 1: Tổng điểm các tiêu chí con là 15, khác điểm tối đa 14 (ghi lý do nếu cố ý).',
              },
            ],
          },
        }),
      },
    });
    await startEditing();
    fireEvent.click(screen.getByRole('button', { name: 'Thêm tiêu chí con vào 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm tiêu chí con vào 1' });
    fireEvent.change(within(dialog).getByLabelText('Tên tiêu chí'), { target: { value: 'Tiêu chí mới' } });
    fireEvent.click(within(dialog).getByLabelText('Cập nhật điểm tối đa của các cấp trên theo tổng điểm'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Thêm' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Tiêu chí 1: Tổng điểm các tiêu chí con là 15, khác điểm tối đa 14');
  });

  it('answers a conflict by loading the framework again, keeping what was typed', async () => {
    const { requestsFor } = renderFramework(framework({ viewerCanEdit: true }), {
      canEdit: true,
      resolvers: {
        UpdateFrameworkNode: () => ({
          updateFrameworkNode: { __typename: 'ConflictError', message: '…', code: 'CONFLICT' },
        }),
      },
    });
    await startEditing();
    fireEvent.click(screen.getByRole('button', { name: 'Sửa tiêu chí 1.1.2' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa tiêu chí 1.1.2' });
    fireEvent.change(within(dialog).getByLabelText('Tên tiêu chí'), { target: { value: 'Tên đang gõ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('chưa có gì được lưu');
    await waitFor(() => expect(requestsFor('FrameworkPage')).toHaveLength(2));
    expect((within(dialog).getByLabelText('Tên tiêu chí') as HTMLTextAreaElement).value).toBe('Tên đang gõ');
  });

  it('keeps the scoring of a leaf that scores refer to', async () => {
    renderFramework(framework({ viewerCanEdit: true }), { canEdit: true });
    await startEditing();
    fireEvent.click(screen.getByRole('button', { name: 'Sửa tiêu chí 1.1.1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa tiêu chí 1.1.1' });
    expect(within(dialog).getByText(/chỉ sửa được tên và gợi ý tài liệu kiểm chứng/)).toBeTruthy();
    expect((within(dialog).getByLabelText('Điểm tối đa') as HTMLInputElement).disabled).toBe(true);
    expect((within(dialog).getByLabelText('Phương pháp chấm') as HTMLSelectElement).disabled).toBe(true);
    expect((within(dialog).getByLabelText('Phương pháp chấm') as HTMLSelectElement).value).toBe('deadline');
    expect((within(dialog).getByLabelText('Nguồn điểm') as HTMLSelectElement).value).toBe('APPRAISED_ONLY');
    expect((within(dialog).getByLabelText('Tên tiêu chí') as HTMLTextAreaElement).disabled).toBe(false);
  });

  it('removes a node after a confirmation that names what goes with it', async () => {
    const { requestsFor } = renderFramework(framework({ viewerCanEdit: true }), {
      canEdit: true,
      resolvers: { RemoveFrameworkNode: () => success('removeFrameworkNode', framework({ viewerCanEdit: true })) },
    });
    await startEditing();
    fireEvent.click(screen.getByRole('button', { name: 'Xóa tiêu chí 1.1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Xóa tiêu chí 1.1' });
    expect(dialog.textContent).toContain('cùng 2 tiêu chí con');
    expect(requestsFor('RemoveFrameworkNode')).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(requestsFor('RemoveFrameworkNode')).toHaveLength(1));
    expect(requestsFor('RemoveFrameworkNode')[0]?.variables.input).toEqual({ nodeId: 'n-1.1', version: 7 });
    expect(await screen.findByText('Đã xóa tiêu chí 1.1.')).toBeTruthy();
  });

  it('moves a node among its siblings; the first cannot go up', async () => {
    const { requestsFor } = renderFramework(framework({ viewerCanEdit: true }), {
      canEdit: true,
      resolvers: { MoveFrameworkNode: () => success('moveFrameworkNode', framework({ viewerCanEdit: true })) },
    });
    await startEditing();
    expect((screen.getByRole('button', { name: 'Chuyển 1.1.1 lên' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Chuyển 1.1.1 xuống' }));
    await waitFor(() => expect(requestsFor('MoveFrameworkNode')).toHaveLength(1));
    expect(requestsFor('MoveFrameworkNode')[0]?.variables.input).toEqual({
      nodeId: 'n-1.1.1',
      version: 7,
      direction: 'DOWN',
    });
    expect(await screen.findByText('Đã chuyển 1.1.1 xuống.')).toBeTruthy();
  });

  it("imports a file over the framework after asking, and lists the server's problems", async () => {
    const { requestsFor } = renderFramework(framework({ viewerCanEdit: true }), {
      canEdit: true,
      resolvers: {
        ImportFramework: () => ({
          importFramework: {
            __typename: 'ValidationError',
            message: '…',
            code: 'VALIDATION_FAILED',
            problems: [
              {
                __typename: 'FieldProblem',
                field: 'json.areas[0].name',
                code: 'REQUIRED',
                message: 'Tiêu chí 1, areas[0].name: Không được để trống.',
              },
            ],
          },
        }),
      },
    });
    const picker = await screen.findByLabelText('Nhập từ tệp JSON');
    const file = new File([JSON.stringify({ format: 'cchc-framework', formatVersion: 1 })], 'bo-tieu-chi.json', {
      type: 'application/json',
    });
    fireEvent.change(picker, { target: { files: [file] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Thay thế' }));
    await waitFor(() => expect(requestsFor('ImportFramework')).toHaveLength(1));
    expect(requestsFor('ImportFramework')[0]?.variables.input).toEqual({
      yearId: 'y-2021',
      file: { format: 'cchc-framework', formatVersion: 1 },
      version: 7,
    });
    const alert = await screen.findByText('Tiêu chí 1, areas[0].name: Không được để trống.');
    expect(alert.closest('[role="alert"]')?.textContent).toContain('Không nhập được (1 vấn đề)');
  });

  it('refuses a file that is not JSON without asking the server', async () => {
    const { requestsFor } = renderFramework(null, { canEdit: true });
    const picker = await screen.findByLabelText('Nhập từ tệp JSON');
    fireEvent.change(picker, { target: { files: [new File(['{ khong'], 'hong.json')] } });
    expect(await screen.findByText('Tệp hong.json không phải JSON hợp lệ.')).toBeTruthy();
    expect(requestsFor('ImportFramework')).toHaveLength(0);
  });

  it("copies the previous year's framework into a year without one", async () => {
    const { requestsFor } = renderFramework(null, {
      canEdit: true,
      previous: true,
      resolvers: { CopyFramework: () => success('copyFramework', framework({ viewerCanEdit: true }), '1') },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Sao chép từ năm 2020' }));
    await waitFor(() => expect(requestsFor('CopyFramework')).toHaveLength(1));
    expect(requestsFor('CopyFramework')[0]?.variables.input).toEqual({ fromYearId: 'y-2020', toYearId: 'y-2021' });
    expect(await screen.findByText('Đã sao chép bộ tiêu chí năm 2020.')).toBeTruthy();
    await waitFor(() => expect(requestsFor('FrameworkPage').length).toBeGreaterThan(1));
  });
});

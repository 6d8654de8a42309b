import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { unitTypes } from '../test/fixtures';
import { mockClient } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { FrameworkPage } from './framework-page';

const node = (
  code: string,
  parentId: string | null,
  name: string,
  maxPoints: number,
  extra: Partial<{ method: string; scoreSource: string; appliesTo: string[] }> = {},
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
  node('1.1.1', '1.1', 'Ban hành kế hoạch đúng thời hạn', 1, { method: 'DEADLINE', scoreSource: 'APPRAISED_ONLY' }),
  node('2', null, 'Cải cách thủ tục hành chính', 10),
  node('2.1', '2', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 10, {
    method: 'RATIO_TIERED',
    scoreSource: 'SURVEY',
    appliesTo: ['xa'],
  }),
];

function framework(problems: string[] = []) {
  return {
    __typename: 'Framework',
    id: 'fw-1',
    name: 'Bộ tiêu chí mẫu',
    maxPoints: 100,
    applicableMaxPhong: 97,
    applicableMaxXa: 98.5,
    problems,
    nodes,
  };
}

function renderFramework(fw: ReturnType<typeof framework> | null) {
  const mock = mockClient({
    FrameworkPage: () => ({
      unitTypes,
      year: { __typename: 'EvaluationYear', id: 'y-2021', year: 2021, framework: fw },
    }),
  });
  renderPage(mock.client, <FrameworkPage />, { path: '/framework' });
  return mock;
}

describe('FrameworkPage', () => {
  it('shows the tree in order with translated methods, sources, unit types and totals', async () => {
    const { requestsFor } = renderFramework(framework());
    const table = await screen.findByRole('table', { name: /Cây tiêu chí/ });
    expect(requestsFor('FrameworkPage')[0]?.variables).toEqual({ year: 2021 });
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

  it('shows problems as warnings and the empty state without a framework', async () => {
    renderFramework(framework(['Tổng điểm các tiêu chí con của 1.1 (2,5) khác điểm tối đa']));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Bộ tiêu chí có vấn đề cần xử lý');
    expect(alert.textContent).toContain('khác điểm tối đa');
  });

  it('says when the year has no framework', async () => {
    renderFramework(null);
    expect(await screen.findByText('Năm này chưa có bộ tiêu chí.')).toBeTruthy();
  });
});

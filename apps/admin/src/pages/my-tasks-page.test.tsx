import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { MyTasksPage } from './my-tasks-page';

const unit = { __typename: 'Unit', id: 'u-tp', name: 'Phòng Tư pháp' };

function assignment(
  code: string,
  role: 'LEAD' | 'COORDINATING',
  part: { status: string; percent: number; version: number } | null,
  extra: { overdue?: boolean; rollup?: { percent: number; doneCount: number; leadCount: number } } = {},
) {
  return {
    __typename: 'TaskAssignment',
    id: `t-${code}:u-tp:${role}`,
    role,
    unit,
    task: {
      __typename: 'PlanTask',
      id: `t-${code}`,
      code,
      text: `Nội dung nhiệm vụ ${code}`,
      status: part?.status ?? 'NOT_STARTED',
      overdue: extra.overdue ?? false,
      viewerCanReportProgress: true,
      timing: { __typename: 'TaskTiming', due: '2021-03-31' },
      rollup: { __typename: 'TaskRollup', percent: 0, doneCount: 0, leadCount: 1, ...extra.rollup },
    },
    part: part
      ? {
          __typename: 'TaskProgress',
          id: `p-${code}`,
          version: part.version,
          status: part.status,
          percent: part.percent,
          comment: null,
          updatedAt: '2021-03-01T02:00:00.000Z',
          evidence: [],
        }
      : null,
  };
}

function page(viewerTasks: unknown[], report?: (input: Record<string, unknown>) => unknown) {
  return mockClient({
    MyTasksPage: () => ({ year: { __typename: 'EvaluationYear', id: 'y-2021', year: 2021, viewerTasks } }),
    ReportTaskProgress: (r) => report?.(r.variables.input as Record<string, unknown>),
  });
}

const TASKS = [
  assignment('I.1', 'LEAD', { status: 'IN_PROGRESS', percent: 40, version: 3 }, { overdue: true }),
  assignment('I.2', 'LEAD', { status: 'DONE', percent: 100, version: 2 }),
  assignment('II.3', 'COORDINATING', null),
  assignment('VI.3', 'LEAD', null, { rollup: { percent: 35, doneCount: 4, leadCount: 18 } }),
];

describe('MyTasksPage', () => {
  it('lists the unit’s open tasks with its own part, its role and the roll-up; “Tất cả” shows the done ones', async () => {
    const { client } = page(TASKS);
    renderPage(client, <MyTasksPage />);
    const table = await screen.findByRole('table', { name: 'Nhiệm vụ của đơn vị trong kế hoạch CCHC năm 2021' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['I.1', 'II.3', 'VI.3']);
    expect(rows[0]?.textContent).toContain('Đang thực hiện · 40%');
    expect(rows[0]?.textContent).toContain('31/03/2021');
    expect(rows[0]?.textContent).toContain('Quá hạn');
    expect(rows[1]?.textContent).toContain('Phối hợp');
    expect(rows[1]?.textContent).toContain('Chưa báo cáo');
    expect(rows[2]?.textContent).toContain('(4/18 đơn vị chủ trì hoàn thành, 35%)');
    fireEvent.click(screen.getByRole('radio', { name: 'Tất cả (4)' }));
    expect(within(table).getAllByRole('row')).toHaveLength(5);
  });

  it('shows a clear empty state when the unit has no task', async () => {
    const { client } = page([]);
    renderPage(client, <MyTasksPage />);
    expect(
      await screen.findByText('Đơn vị của bạn không được giao nhiệm vụ nào trong kế hoạch năm 2021.'),
    ).toBeTruthy();
  });

  it('reports the part: DONE fills 100 %, the version and comment are sent, and the page says it was saved', async () => {
    const sent: Array<Record<string, unknown>> = [];
    const { client } = page(TASKS, (input) => {
      sent.push(input);
      return {
        reportTaskProgress: {
          __typename: 'ReportTaskProgressSuccess',
          progress: {
            __typename: 'TaskProgress',
            id: 'p-I.1',
            version: 4,
            status: 'DONE',
            percent: 100,
            comment: 'Xong',
          },
          task: { __typename: 'PlanTask', id: 't-I.1', status: 'DONE' },
        },
      };
    });
    renderPage(client, <MyTasksPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Báo cáo tiến độ I.1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Báo cáo tiến độ nhiệm vụ I.1' });
    expect((within(dialog).getByLabelText('Tỷ lệ hoàn thành (%)') as HTMLInputElement).value).toBe('40');
    fireEvent.change(within(dialog).getByLabelText('Trạng thái'), { target: { value: 'DONE' } });
    expect((within(dialog).getByLabelText('Tỷ lệ hoàn thành (%)') as HTMLInputElement).value).toBe('100');
    fireEvent.change(within(dialog).getByLabelText('Ý kiến, kết quả đạt được'), { target: { value: 'Xong' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu tiến độ' }));
    expect(await screen.findByText('Đã lưu tiến độ nhiệm vụ I.1.')).toBeTruthy();
    expect(sent).toEqual([{ taskId: 't-I.1', version: 3, status: 'DONE', percent: 100, comment: 'Xong', fileIds: [] }]);
  });

  it('refuses a status and percent that disagree under the field, and sends nothing', async () => {
    const sent: unknown[] = [];
    const { client } = page(TASKS, (input) => sent.push(input));
    renderPage(client, <MyTasksPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Báo cáo tiến độ II.3' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Tỷ lệ hoàn thành (%)'), { target: { value: '100' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu tiến độ' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Tỷ lệ hoàn thành (%)').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(dialog?.textContent).toContain('Đang thực hiện phải từ 1% đến 99%.');
    expect(sent).toEqual([]);
  });

  it('says so when someone else reported meanwhile', async () => {
    const { client } = page(TASKS, () => ({
      reportTaskProgress: {
        __typename: 'ConflictError',
        message: 'Dữ liệu đã được người khác cập nhật',
        code: 'CONFLICT',
      },
    }));
    renderPage(client, <MyTasksPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Báo cáo tiến độ I.1' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu tiến độ' }));
    expect(await within(dialog).findByText(/vừa được người khác cập nhật/)).toBeTruthy();
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { PlanTaskOverrideClear } from './plan-task-override-clear';

const task = {
  id: 't-1',
  version: 4,
  statusOverride: 'CANCELLED',
  statusOverrideReason: 'Tỉnh dừng triển khai',
  rollup: { status: 'IN_PROGRESS' },
};

describe('PlanTaskOverrideClear', () => {
  it('shows the override, its reason and the roll-up; asks a reason, then clears it', async () => {
    const { client, requestsFor } = mockClient({
      ClearTaskOverride: () => ({
        overrideTaskStatus: {
          __typename: 'OverrideTaskStatusSuccess',
          task: {
            __typename: 'PlanTask',
            id: 't-1',
            version: 5,
            status: 'IN_PROGRESS',
            statusOverride: null,
            statusOverrideReason: null,
          },
        },
      }),
    });
    const cleared: string[] = [];
    renderPage(client, <PlanTaskOverrideClear task={task} onCleared={(s) => cleared.push(s)} />);
    expect(
      screen.getByText(
        /Đang đặt: Đã hủy \(lý do: Tỉnh dừng triển khai\)\. Tổng hợp từ các đơn vị chủ trì: Đang thực hiện\./,
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Trả về trạng thái tổng hợp' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Cần ghi lý do.');
    expect(requestsFor('ClearTaskOverride')).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Lý do trả về trạng thái tổng hợp'), {
      target: { value: 'Tỉnh triển khai lại' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Trả về trạng thái tổng hợp' }));
    await waitFor(() => expect(cleared).toEqual(['IN_PROGRESS']));
    expect(requestsFor('ClearTaskOverride')[0]!.variables).toEqual({
      input: { taskId: 't-1', version: 4, status: null, reason: 'Tỉnh triển khai lại' },
    });
  });
});

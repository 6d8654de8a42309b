import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { PlanTaskAddDialog } from './plan-task-add-dialog';

const areas = [
  { id: 'a-1', code: 'I', name: 'Công tác chỉ đạo, điều hành' },
  { id: 'a-2', code: 'II', name: 'Cải cách thể chế' },
];
const units = [{ id: 'u-tp', name: 'Phòng Tư pháp' }];

describe('PlanTaskAddDialog', () => {
  it('checks the texts before sending, then adds the task with its lead unit and says its code', async () => {
    const { client, requestsFor } = mockClient({
      AddPlanTask: () => ({
        addPlanTask: { __typename: 'PlanTaskChanged', task: { __typename: 'PlanTask', id: 't-new', code: 'II.4' } },
      }),
    });
    const added: string[] = [];
    renderPage(
      client,
      <PlanTaskAddDialog areas={areas} units={units} onClose={() => {}} onAdded={(c) => added.push(c)} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Thêm' }));
    expect(await screen.findAllByText('Không được để trống.')).toHaveLength(3);
    expect(screen.getByLabelText('Nội dung nhiệm vụ').getAttribute('aria-invalid')).toBe('true');
    expect(requestsFor('AddPlanTask')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Lĩnh vực'), { target: { value: 'a-2' } });
    fireEvent.change(screen.getByLabelText('Nội dung nhiệm vụ'), { target: { value: 'Rà soát văn bản' } });
    fireEvent.change(screen.getByLabelText('Đơn vị chủ trì (như kế hoạch ghi)'), {
      target: { value: 'Phòng Tư pháp' },
    });
    fireEvent.change(screen.getByLabelText('Đơn vị chủ trì trong danh mục'), { target: { value: 'u-tp' } });
    fireEvent.change(screen.getByLabelText('Thời gian thực hiện'), { target: { value: 'Quý III' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm' }));
    await waitFor(() => expect(added).toEqual(['II.4']));
    expect(requestsFor('AddPlanTask')[0]!.variables).toEqual({
      input: {
        areaId: 'a-2',
        text: 'Rà soát văn bản',
        leadLabel: 'Phòng Tư pháp',
        coordinatingLabel: null,
        timePhrase: 'Quý III',
        leadUnitIds: ['u-tp'],
      },
    });
  });
});

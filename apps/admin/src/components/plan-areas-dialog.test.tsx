import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { PlanAreasDialog } from './plan-areas-dialog';

const areas = [
  { id: 'a-1', code: 'I', name: 'Công tác chỉ đạo, điều hành' },
  { id: 'a-7', code: 'VII', name: 'Hiện đại hóa hành chính' },
];

describe('PlanAreasDialog', () => {
  it('renames an area and adds one; a refused code is shown', async () => {
    let addAnswer: unknown = {
      addPlanArea: {
        __typename: 'ValidationError',
        code: 'VALIDATION_FAILED',
        message: 'Có lỗi',
        problems: [
          {
            __typename: 'FieldProblem',
            field: 'code',
            code: 'AREA_CODE_TAKEN',
            message: 'Kế hoạch đã có lĩnh vực VII.',
          },
        ],
      },
    };
    const { client, requestsFor } = mockClient({
      UpdatePlanArea: () => ({
        updatePlanArea: {
          __typename: 'PlanAreaChanged',
          area: { __typename: 'PlanArea', id: 'a-7', code: 'VII', name: 'Chính quyền số' },
        },
      }),
      AddPlanArea: () => addAnswer,
    });
    const messages: string[] = [];
    renderPage(
      client,
      <PlanAreasDialog yearId="y" areas={areas} onClose={() => {}} onChanged={(m) => messages.push(m)} />,
    );
    fireEvent.change(screen.getByLabelText('Tên lĩnh vực VII'), { target: { value: 'Chính quyền số' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu tên lĩnh vực VII' }));
    await waitFor(() => expect(messages).toEqual(['Đã đổi tên lĩnh vực VII.']));
    expect(requestsFor('UpdatePlanArea')[0]!.variables).toEqual({ input: { id: 'a-7', name: 'Chính quyền số' } });

    fireEvent.change(screen.getByLabelText('Mã (số La Mã, ví dụ VIII)'), { target: { value: 'VII' } });
    fireEvent.change(screen.getByLabelText('Tên lĩnh vực'), { target: { value: 'Chuyển đổi số' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm lĩnh vực' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Kế hoạch đã có lĩnh vực VII.');
    addAnswer = {
      addPlanArea: {
        __typename: 'PlanAreaChanged',
        area: { __typename: 'PlanArea', id: 'a-8', code: 'VIII', name: 'Chuyển đổi số' },
      },
    };
    fireEvent.change(screen.getByLabelText('Mã (số La Mã, ví dụ VIII)'), { target: { value: 'VIII' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm lĩnh vực' }));
    await waitFor(() => expect(messages).toContain('Đã thêm lĩnh vực VIII.'));
  });
});

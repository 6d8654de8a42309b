import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { PlanImportDialog, problemPlace } from './plan-import-dialog';

function choose(bytes: string) {
  const input = screen.getByLabelText('Tệp Excel đã điền') as HTMLInputElement;
  const file = new File([bytes], 'ke-hoach.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('PlanImportDialog', () => {
  it('reads the row of a problem', () => {
    expect(problemPlace('rows.5.code')).toEqual({ row: 5, column: 'code' });
    expect(problemPlace('rows.1')).toEqual({ row: 1, column: null });
    expect(problemPlace('contentBase64')).toEqual({ row: null, column: null });
  });

  it('asks for a file, then shows every problem in a table by row and says nothing was written', async () => {
    const { client, requestsFor } = mockClient({
      ImportPlan: () => ({
        importPlan: {
          __typename: 'ValidationError',
          code: 'VALIDATION_FAILED',
          message: 'Có lỗi',
          problems: [
            {
              __typename: 'FieldProblem',
              field: 'rows.3.code',
              code: 'CODE_TAKEN',
              message: 'Dòng 3 (Mã): Mã I.1 đã có trong kế hoạch.',
            },
            {
              __typename: 'FieldProblem',
              field: 'rows.5.text',
              code: 'REQUIRED',
              message: 'Dòng 5 (Nội dung nhiệm vụ): Không được để trống.',
            },
          ],
        },
      }),
    });
    renderPage(client, <PlanImportDialog yearId="y-2021" onClose={() => {}} onImported={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Nhập' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Hãy chọn tệp Excel (.xlsx).');
    choose('PK-fake');
    fireEvent.click(screen.getByRole('button', { name: 'Nhập' }));
    const table = await screen.findByRole('table', { name: 'Các lỗi theo dòng' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual([
      '3Dòng 3 (Mã): Mã I.1 đã có trong kế hoạch.',
      '5Dòng 5 (Nội dung nhiệm vụ): Không được để trống.',
    ]);
    expect(screen.getByRole('alert').textContent).toBe('Chưa nhập: 2 lỗi cần sửa; không nhiệm vụ nào được ghi.');
    expect(requestsFor('ImportPlan')[0]!.variables).toEqual({
      input: { yearId: 'y-2021', contentBase64: btoa('PK-fake') },
    });
  });

  it('reports how many tasks were imported', async () => {
    const { client } = mockClient({
      ImportPlan: () => ({ importPlan: { __typename: 'ImportPlanSuccess', created: 3 } }),
    });
    const imported: number[] = [];
    renderPage(client, <PlanImportDialog yearId="y-2021" onClose={() => {}} onImported={(n) => imported.push(n)} />);
    choose('PK-fake');
    fireEvent.click(screen.getByRole('button', { name: 'Nhập' }));
    await waitFor(() => expect(imported).toEqual([3]));
  });
});

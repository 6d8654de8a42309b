import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planTasks, unitTypesWithUnits, yearCalendar, yearWithTasks } from '../test/fixtures';
import { mockClient, type RecordedRequest } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { DashboardPage } from './dashboard-page';

type Stage = { status: string; version: number; viewerCanManage: boolean };

/** The dashboard of 2021 at `stage`; setYearStatus answers with `answer` (the year moves on success). */
function renderDashboard(start: Stage, answer?: (request: RecordedRequest, stage: Stage) => unknown) {
  let stage = { ...start };
  const mock = mockClient({
    DashboardPage: () => ({
      year: yearWithTasks(planTasks, yearCalendar(), stage),
      unitTypes: unitTypesWithUnits(),
    }),
    SetYearStatus: (request) => {
      const input = request.variables.input as { status: string };
      const result = answer?.(request, stage);
      if (result) return result;
      stage = { ...stage, status: input.status, version: stage.version + 1 };
      return {
        setYearStatus: {
          __typename: 'SetYearStatusSuccess',
          year: { __typename: 'EvaluationYear', id: 'y-2021', viewerCanApprove: false, ...stage },
        },
      };
    },
  });
  renderPage(mock.client, <DashboardPage />);
  return mock;
}

async function openDialog() {
  fireEvent.click(await screen.findByRole('button', { name: 'Chuyển trạng thái năm' }));
  return await screen.findByRole('dialog', { name: 'Chuyển trạng thái năm đánh giá 2021' });
}

describe('Dashboard: the year stage', () => {
  it('is not offered to a viewer who does not manage the year', async () => {
    renderDashboard({ status: 'OPEN', version: 3, viewerCanManage: false });
    expect(await screen.findByText('Trạng thái năm: Đang thực hiện.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Chuyển trạng thái năm' })).toBeNull();
  });

  it('moves the year forward after a confirmation, without PUBLISHED on offer; the confirmation stays with focus', async () => {
    const mock = renderDashboard({ status: 'OPEN', version: 3, viewerCanManage: true });
    const dialog = await openDialog();
    const select = within(dialog).getByRole('combobox', { name: 'Chuyển sang' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Dự thảo', 'Tự đánh giá', 'Thẩm định']);
    expect(select.value).toBe('SELF_ASSESSMENT'); // the next stage
    fireEvent.change(select, { target: { value: 'APPRAISAL' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    const confirm = await within(dialog).findByRole('alert');
    expect(confirm.textContent).toContain('Chuyển năm đánh giá 2021 từ “Đang thực hiện” sang “Thẩm định”?');
    expect(mock.requestsFor('SetYearStatus')).toHaveLength(0); // nothing sent before confirming
    fireEvent.click(within(confirm).getByRole('button', { name: 'Chuyển trạng thái' }));

    const done = await screen.findByText('Đã chuyển năm đánh giá 2021 sang “Thẩm định”.');
    expect(done.getAttribute('role')).toBe('status');
    expect(mock.requestsFor('SetYearStatus')[0]?.variables.input).toEqual({
      id: 'y-2021',
      version: 3,
      status: 'APPRAISAL',
      reason: null,
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect(await screen.findByText('Trạng thái năm: Thẩm định.')).toBeTruthy();
    // the page's data is read again after the change, and the confirmation is still there
    await waitFor(() => expect(mock.requestsFor('DashboardPage').length).toBeGreaterThan(1));
    expect(screen.getByText('Đã chuyển năm đánh giá 2021 sang “Thẩm định”.')).toBeTruthy();
  });

  it('requires a reason before sending when going back, and sends it', async () => {
    const mock = renderDashboard({ status: 'APPRAISAL', version: 5, viewerCanManage: true });
    const dialog = await openDialog();
    const select = within(dialog).getByRole('combobox', { name: 'Chuyển sang' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['DRAFT', 'OPEN', 'SELF_ASSESSMENT']);
    fireEvent.change(select, { target: { value: 'SELF_ASSESSMENT' } });
    const reason = within(dialog).getByRole('textbox', { name: 'Lý do (bắt buộc)' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    expect(await within(dialog).findByText('Cần ghi lý do')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).queryByRole('button', { name: 'Chuyển trạng thái' })).toBeNull();

    fireEvent.change(reason, { target: { value: '  Đơn vị cần bổ sung hồ sơ  ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Chuyển trạng thái' }));
    await screen.findByText('Đã chuyển năm đánh giá 2021 sang “Tự đánh giá”.');
    expect(mock.requestsFor('SetYearStatus')[0]?.variables.input).toEqual({
      id: 'y-2021',
      version: 5,
      status: 'SELF_ASSESSMENT',
      reason: 'Đơn vị cần bổ sung hồ sơ',
    });
  });

  it('shows a refusal and a conflict from the server in Vietnamese, and keeps the dialog open', async () => {
    let answers = 0;
    renderDashboard({ status: 'OPEN', version: 3, viewerCanManage: true }, () => {
      answers += 1;
      return answers === 1
        ? {
            setYearStatus: {
              __typename: 'ForbiddenError',
              code: 'FORBIDDEN',
              reason: 'ROLE',
              message: 'Không có quyền.',
            },
          }
        : {
            setYearStatus: {
              __typename: 'ConflictError',
              code: 'CONFLICT',
              message: 'Dữ liệu đã thay đổi.',
              currentVersion: 4,
            },
          };
    });
    const dialog = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Chuyển trạng thái' }));
    expect(await within(dialog).findByText('Bạn không có quyền thực hiện thao tác này.')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Chuyển trạng thái' }));
    expect(
      await within(dialog).findByText(
        'Trạng thái năm vừa được người khác thay đổi. Tải lại để xem trạng thái hiện tại rồi thử lại.',
      ),
    ).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Tải lại' })).toBeTruthy();
    expect((within(dialog).getByRole('button', { name: 'Tiếp tục' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByText(/Đã chuyển năm đánh giá/)).toBeNull();
  });
});

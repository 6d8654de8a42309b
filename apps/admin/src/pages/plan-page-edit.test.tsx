import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { VariablesOf } from '../graphql';
import type { UpdatePlanTaskMutation } from '../components/plan-task-edit-dialog';
import {
  permissionsAll,
  planTasks,
  timing,
  unitTypesWithUnits,
  yearWithTasks,
  type PlanTaskData,
} from '../test/fixtures';
import { GraphQLErrorsAnswer, mockClient, type RecordedRequest, type Resolver } from '../test/graphql-mock';
import i18n from '../i18n';
import { renderPage } from '../test/render';
import { PlanPage, type PlanPageQuery } from './plan-page';

type ServerTask = PlanTaskData;
type UpdateInput = VariablesOf<typeof UpdatePlanTaskMutation>['input'];

const END_BEFORE_START = 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.';

/** I.2 with dates set by hand earlier, to offer "Khôi phục ngày theo kế hoạch". */
const overriddenI2: ServerTask = {
  ...planTasks.find((t) => t.id === 't-1-2')!,
  timing: timing('WINDOW', {
    start: '2021-02-01',
    end: '2021-05-31',
    due: '2021-05-31',
    overridden: true,
    note: 'Chờ văn bản của tỉnh',
  }),
};

/** A small in-memory API: the plan query applies its filters, the mutation changes the tasks. */
function fakeServer(initial: ServerTask[] = planTasks) {
  const tasks: ServerTask[] = structuredClone(initial);
  const plan: Resolver = (request: RecordedRequest) => {
    const { areaCode, leadUnitId, status } = request.variables as VariablesOf<typeof PlanPageQuery>;
    return {
      year: withAuthorityUnits(
        yearWithTasks(
          tasks.filter(
            (t) =>
              (!areaCode || t.area.code === areaCode) &&
              (!leadUnitId || t.leadUnits.some((u) => u.id === leadUnitId)) &&
              (!status || t.status === status),
          ),
        ),
      ),
    };
  };
  const update: Resolver = (request) => {
    const { input } = request.variables as { input: UpdateInput };
    const found = tasks.find((t) => t.id === input.id);
    if (!found) {
      return {
        updatePlanTask: { __typename: 'NotFoundError', message: 'Không tìm thấy nhiệm vụ.', code: 'NOT_FOUND' },
      };
    }
    if (input.version !== found.version) {
      return {
        updatePlanTask: {
          __typename: 'ConflictError',
          message: 'Dữ liệu đã được người khác cập nhật sau khi bạn mở. Hãy xem giá trị hiện tại rồi thử lại.',
          code: 'CONFLICT',
          current: found,
        },
      };
    }
    found.version += 1;
    if (input.status) {
      found.status = input.status;
      if (input.status === 'DONE' || input.status === 'CANCELLED') found.overdue = false;
    }
    if (input.timing) {
      found.timing = timing('WINDOW', {
        start: input.timing.start,
        end: input.timing.end,
        ...(input.timing.due ? { due: input.timing.due } : {}),
        overridden: true,
        ...(input.reason ? { note: input.reason } : {}),
      });
    }
    if (input.resetTiming) {
      found.timing = timing('WINDOW', { start: '2021-01-01', end: '2021-03-31', due: '2021-03-31' });
    }
    return { updatePlanTask: { __typename: 'UpdatePlanTaskSuccess', task: found } };
  };
  return { tasks, plan, update };
}

/** The plan page reads the year's own authority's unit types and units. */
function withAuthorityUnits<T extends { authority: object }>(y: T) {
  return { ...y, authority: { ...y.authority, unitTypes: unitTypesWithUnits() } };
}

function renderPlan({
  path = '/plan?year=2021',
  permissions = permissionsAll,
  tasks = planTasks,
  update,
}: {
  path?: string;
  permissions?: typeof permissionsAll;
  tasks?: ServerTask[];
  update?: Resolver;
} = {}) {
  const server = fakeServer(tasks);
  const mock = mockClient({ PlanPage: server.plan, UpdatePlanTask: update ?? server.update });
  const view = renderPage(mock.client, <PlanPage />, { path, permissions });
  return { ...mock, ...view, server };
}

function rowOf(code: string) {
  const header = screen.getByRole('rowheader', { name: code });
  return header.closest('tr')!;
}

async function openEditor(code: string) {
  const button = await screen.findByRole('button', { name: `Sửa nhiệm vụ ${code}` });
  fireEvent.click(button);
  const dialog = await screen.findByRole('dialog', { name: `Cập nhật nhiệm vụ ${code}` });
  return { button, dialog, form: within(dialog) };
}

/** The error text an input points to with aria-describedby (its hint left aside). */
function descriptionOf(input: HTMLElement) {
  const ids = input.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids
    .map((id) => document.getElementById(id))
    .filter((element) => element?.classList.contains('field-error'))
    .map((element) => element?.textContent ?? '')
    .join(' ');
}

function change(element: HTMLElement, value: string) {
  fireEvent.change(element, { target: { value } });
}

describe('PlanPage: editing a task', () => {
  it('opens a modal dialog with the current values; Esc closes it and focus returns to "Sửa"', async () => {
    renderPlan();
    await screen.findByText('5 nhiệm vụ');
    expect(screen.getAllByRole('button', { name: /^Sửa nhiệm vụ / })).toHaveLength(5);
    const { button, dialog, form } = await openEditor('I.2');

    expect(dialog.tagName).toBe('DIALOG');
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(dialog.contains(document.activeElement)).toBe(true);

    const status = form.getByLabelText('Trạng thái') as HTMLSelectElement;
    expect(status.value).toBe('NOT_STARTED');
    expect([...status.options].map((o) => o.textContent)).toEqual([
      'Chưa thực hiện',
      'Đang thực hiện',
      'Hoàn thành',
      'Đã hủy',
    ]);
    const timingGroup = form.getByRole('group', { name: 'Thời gian thực hiện' });
    expect(within(timingGroup).getByText('Qúy I/2021')).toBeTruthy();
    // dates set by hand only on request; no reset for computed dates
    expect(form.queryByLabelText('Ngày bắt đầu')).toBeNull();
    expect(form.queryByRole('button', { name: 'Khôi phục ngày theo kế hoạch' })).toBeNull();

    fireEvent.click(form.getByLabelText('Đặt ngày thủ công'));
    const start = form.getByLabelText('Ngày bắt đầu') as HTMLInputElement;
    const end = form.getByLabelText('Ngày kết thúc') as HTMLInputElement;
    const due = form.getByLabelText('Hạn hoàn thành (để trống nếu thường xuyên)') as HTMLInputElement;
    expect([start.value, end.value, due.value]).toEqual(['01/01/2021', '31/03/2021', '31/03/2021']);
    for (const input of [start, end, due]) {
      expect(input.placeholder).toBe('dd/mm/yyyy');
      expect(input.inputMode).toBe('numeric');
    }
    expect((form.getByLabelText('Lý do') as HTMLTextAreaElement).required).toBe(true);
    expect(form.getByRole('button', { name: 'Lưu' })).toBeTruthy();

    fireEvent.keyDown(status, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(button);
  });

  it('"Hủy" closes without sending anything', async () => {
    const { requestsFor } = renderPlan();
    const { button, form } = await openEditor('I.1');
    change(form.getByLabelText('Trạng thái'), 'DONE');
    fireEvent.click(form.getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(button);
    expect(requestsFor('UpdatePlanTask')).toHaveLength(0);
    expect(within(rowOf('I.1')).getByText('Đang thực hiện')).toBeTruthy();
  });

  it('offers "Sửa" only on the tasks the server says the viewer may change', async () => {
    const readOnly = planTasks.map((t) => ({ ...t, viewerCanUpdateStatus: false, viewerCanSetTiming: false }));
    renderPlan({ tasks: readOnly });
    await screen.findByText('5 nhiệm vụ');
    expect(screen.queryByRole('button', { name: /Sửa/ })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Thao tác' })).toBeNull();
  });

  it("lets a lead unit's officer change the status of its own tasks, without the dates", async () => {
    // as for the Tư pháp officer: status of I.1 and I.2 (its tasks), nothing else
    const officer = planTasks.map((t) => ({
      ...t,
      viewerCanUpdateStatus: t.leadUnits.length === 1 && t.leadUnits[0]!.id === 'u-tp',
      viewerCanSetTiming: false,
    }));
    const { requestsFor } = renderPlan({ tasks: officer, permissions: { ...permissionsAll, managePlan: false } });
    await screen.findByText('5 nhiệm vụ');
    expect(
      screen
        .getAllByRole('button', { name: /^Sửa nhiệm vụ / })
        .map((b) => b.textContent && b.getAttribute('aria-label')),
    ).toEqual(['Sửa nhiệm vụ I.1', 'Sửa nhiệm vụ I.2']);
    expect(screen.getByRole('columnheader', { name: 'Thao tác' })).toBeTruthy();
    const { form } = await openEditor('I.2');
    expect(form.queryByRole('group', { name: 'Thời gian thực hiện' })).toBeNull();
    expect(form.queryByLabelText('Đặt ngày thủ công')).toBeNull();
    change(form.getByLabelText('Trạng thái'), 'IN_PROGRESS');
    fireEvent.click(form.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã cập nhật nhiệm vụ I.2')).toBeTruthy();
    expect(requestsFor('UpdatePlanTask').map((r) => r.variables)).toEqual([
      { input: { id: 't-1-2', version: 1, status: 'IN_PROGRESS' } },
    ]);
  });

  it('on a conflict, writes nothing, shows the current values and lets the person reload them and try again', async () => {
    const { server, requestsFor } = renderPlan();
    await screen.findByText('5 nhiệm vụ');
    const { form } = await openEditor('I.2');
    // meanwhile someone else finished it and moved its dates
    const other = server.tasks.find((t) => t.id === 't-1-2')!;
    Object.assign(other, {
      version: 2,
      status: 'DONE',
      overdue: false,
      timing: timing('WINDOW', {
        start: '2021-01-15',
        end: '2021-04-30',
        due: '2021-04-30',
        overridden: true,
        note: 'Theo công văn của tỉnh',
      }),
    });

    change(form.getByLabelText('Trạng thái'), 'IN_PROGRESS');
    fireEvent.click(form.getByRole('button', { name: 'Lưu' }));
    const alert = await form.findByRole('alert');
    expect(alert.textContent).toContain('Nhiệm vụ đã được người khác cập nhật');
    expect(within(alert).getByText('Hoàn thành')).toBeTruthy();
    expect(within(alert).getByText('15/01/2021 – 30/04/2021')).toBeTruthy();
    expect(within(alert).getByText('Theo công văn của tỉnh')).toBeTruthy();
    // focus moves on the next turn (use-server-form.ts focusTop): wait for it
    await waitFor(() => expect(document.activeElement).toBe(alert));
    // nothing overwritten; what the person chose is still in the form
    expect(other.status).toBe('DONE');
    expect((form.getByLabelText('Trạng thái') as HTMLSelectElement).value).toBe('IN_PROGRESS');
    expect(screen.queryByText('Đã cập nhật nhiệm vụ I.2')).toBeNull();
    // the row shows the task as it is now (graphcache merged `current`)
    await waitFor(() => expect(within(rowOf('I.2')).getByText('Hoàn thành')).toBeTruthy());

    fireEvent.click(within(alert).getByRole('button', { name: 'Tải giá trị hiện tại vào biểu mẫu' }));
    await waitFor(() => expect((form.getByLabelText('Trạng thái') as HTMLSelectElement).value).toBe('DONE'));
    expect(form.queryByRole('alert')).toBeNull();
    change(form.getByLabelText('Trạng thái'), 'IN_PROGRESS');
    fireEvent.click(form.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã cập nhật nhiệm vụ I.2')).toBeTruthy();
    expect(requestsFor('UpdatePlanTask').map((r) => (r.variables as { input: UpdateInput }).input)).toEqual([
      { id: 't-1-2', version: 1, status: 'IN_PROGRESS' },
      { id: 't-1-2', version: 2, status: 'IN_PROGRESS' },
    ]);
    expect(other).toMatchObject({ version: 3, status: 'IN_PROGRESS' });
  });

  it('shows why the server refused (ForbiddenError), translated from its reason', async () => {
    await i18n.changeLanguage('en');
    renderPlan({
      update: () => ({
        updatePlanTask: {
          __typename: 'ForbiddenError',
          message: 'Năm đánh giá đã công bố kết quả: dữ liệu chỉ được xem, không được sửa.',
          code: 'FORBIDDEN',
          reason: 'YEAR_PUBLISHED',
        },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit task I.2' }));
    const form = within(await screen.findByRole('dialog', { name: 'Update task I.2' }));
    change(form.getByLabelText('Status'), 'DONE');
    fireEvent.click(form.getByRole('button', { name: 'Save' }));
    expect((await form.findByRole('alert')).textContent).toBe(
      "The year's results are published: its data can be read, not changed.",
    );
  });

  it('saves only what changed and shows the new status in the row', async () => {
    const { requestsFor } = renderPlan();
    const { button, form } = await openEditor('I.2');
    expect(within(rowOf('I.2')).getByText('Quá hạn')).toBeTruthy();

    change(form.getByLabelText('Trạng thái'), 'DONE');
    fireEvent.click(form.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã cập nhật nhiệm vụ I.2')).toBeTruthy();
    expect(screen.getByText('Đã cập nhật nhiệm vụ I.2').closest('[aria-live="polite"]')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(requestsFor('UpdatePlanTask').map((r) => r.variables)).toEqual([
      { input: { id: 't-1-2', version: 1, status: 'DONE' } },
    ]);

    const row = rowOf('I.2');
    expect(within(row).getByText('Hoàn thành')).toBeTruthy();
    expect(within(row).queryByText('Quá hạn')).toBeNull();
    expect(row.className).not.toContain('row-overdue');
  });

  it('sends dates typed as d/m/yyyy with the reason, and the row shows the new due date', async () => {
    const { requestsFor } = renderPlan();
    const { form } = await openEditor('I.2');
    fireEvent.click(form.getByLabelText('Đặt ngày thủ công'));
    change(form.getByLabelText('Ngày bắt đầu'), '1/2/2021');
    change(form.getByLabelText('Ngày kết thúc'), '30/4/2021');
    change(form.getByLabelText('Hạn hoàn thành (để trống nếu thường xuyên)'), '');
    change(form.getByLabelText('Lý do'), '  Chờ hướng dẫn của Sở Tư pháp ');
    fireEvent.click(form.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã cập nhật nhiệm vụ I.2')).toBeTruthy();
    expect(requestsFor('UpdatePlanTask').map((r) => r.variables)).toEqual([
      {
        input: {
          id: 't-1-2',
          version: 1,
          timing: { start: '2021-02-01', end: '2021-04-30', due: null },
          reason: 'Chờ hướng dẫn của Sở Tư pháp',
        },
      },
    ]);
    const row = rowOf('I.2');
    expect(within(row).queryByText('31/03/2021')).toBeNull();
    expect(within(row).getByText('Đã điều chỉnh')).toBeTruthy();
  });

  it('shows the server problems under their fields and keeps what was typed', async () => {
    const { requestsFor } = renderPlan({
      update: () => ({
        updatePlanTask: {
          __typename: 'ValidationError',
          message: 'Dữ liệu không hợp lệ.',
          code: 'VALIDATION',
          problems: [
            { __typename: 'FieldProblem', field: 'timing.end', code: 'END_BEFORE_START', message: END_BEFORE_START },
            { __typename: 'FieldProblem', field: 'id', code: 'LOCKED', message: 'Năm đánh giá đã khóa.' },
          ],
        },
      }),
    });
    const { dialog, form } = await openEditor('I.2');
    change(form.getByLabelText('Trạng thái'), 'IN_PROGRESS');
    fireEvent.click(form.getByLabelText('Đặt ngày thủ công'));
    change(form.getByLabelText('Ngày bắt đầu'), '15/04/2021');
    change(form.getByLabelText('Ngày kết thúc'), '01/04/2021');
    change(form.getByLabelText('Lý do'), 'Lùi thời hạn');
    fireEvent.click(form.getByRole('button', { name: 'Lưu' }));

    const end = form.getByLabelText('Ngày kết thúc') as HTMLInputElement;
    await waitFor(() => expect(descriptionOf(end)).toBe(END_BEFORE_START));
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(end);
    expect(descriptionOf(form.getByLabelText('Ngày bắt đầu'))).toBe('');
    // a problem without an input goes to the top of the form
    expect(form.getByRole('alert').textContent).toContain('Năm đánh giá đã khóa.');
    expect(form.getByRole('alert').textContent).not.toContain(END_BEFORE_START);

    expect(dialog.isConnected && (dialog as HTMLDialogElement).open).toBe(true);
    expect((form.getByLabelText('Trạng thái') as HTMLSelectElement).value).toBe('IN_PROGRESS');
    expect((form.getByLabelText('Ngày bắt đầu') as HTMLInputElement).value).toBe('15/04/2021');
    expect(end.value).toBe('01/04/2021');
    expect((form.getByLabelText('Lý do') as HTMLTextAreaElement).value).toBe('Lùi thời hạn');
    expect(requestsFor('UpdatePlanTask')).toHaveLength(1);
    expect(screen.queryByText('Đã cập nhật nhiệm vụ I.2')).toBeNull();
  });

  it('checks the dates and the reason before sending anything', async () => {
    const { requestsFor } = renderPlan();
    const { form } = await openEditor('I.2');
    fireEvent.click(form.getByLabelText('Đặt ngày thủ công'));
    change(form.getByLabelText('Ngày bắt đầu'), '30/02/2021');
    fireEvent.click(form.getByRole('button', { name: 'Lưu' }));

    const start = form.getByLabelText('Ngày bắt đầu');
    await waitFor(() => expect(descriptionOf(start)).toBe('Ngày không hợp lệ (dd/mm/yyyy)'));
    expect(document.activeElement).toBe(start);
    expect(descriptionOf(form.getByLabelText('Lý do'))).toBe('Cần ghi lý do');
    expect(descriptionOf(form.getByLabelText('Ngày kết thúc'))).toBe('');
    expect((start as HTMLInputElement).value).toBe('30/02/2021');

    // fixing the date alone is not enough: the reason is still missing
    change(start, '28/02/2021');
    fireEvent.click(form.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(descriptionOf(start)).toBe(''));
    expect(descriptionOf(form.getByLabelText('Lý do'))).toBe('Cần ghi lý do');

    expect(requestsFor('UpdatePlanTask')).toHaveLength(0);
  });

  it('asks for confirmation before returning to the dates computed from the plan', async () => {
    const { requestsFor } = renderPlan({
      tasks: planTasks.map((t) => (t.id === 't-1-2' ? overriddenI2 : t)),
    });
    await screen.findByText('5 nhiệm vụ');
    expect(within(rowOf('I.2')).getByText('31/05/2021')).toBeTruthy();
    const { form } = await openEditor('I.2');
    expect(form.getByText('Lý do đặt ngày thủ công: Chờ văn bản của tỉnh')).toBeTruthy();

    const reset = form.getByRole('button', { name: 'Khôi phục ngày theo kế hoạch' });
    fireEvent.click(reset);
    const confirm = form.getByRole('group', { name: 'Khôi phục ngày tính từ kế hoạch? Ngày đặt thủ công sẽ bị bỏ.' });
    expect(requestsFor('UpdatePlanTask')).toHaveLength(0);
    // focus on the safe choice; "Hủy" leaves the dates alone
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Hủy' }));
    fireEvent.click(within(confirm).getByRole('button', { name: 'Hủy' }));
    expect(form.queryByRole('group', { name: /Khôi phục ngày tính từ kế hoạch/ })).toBeNull();
    expect(document.activeElement).toBe(form.getByRole('button', { name: 'Khôi phục ngày theo kế hoạch' }));
    expect(requestsFor('UpdatePlanTask')).toHaveLength(0);

    fireEvent.click(form.getByRole('button', { name: 'Khôi phục ngày theo kế hoạch' }));
    fireEvent.click(
      within(form.getByRole('group', { name: /Khôi phục ngày tính từ kế hoạch/ })).getByRole('button', {
        name: 'Đồng ý',
      }),
    );
    expect(await screen.findByText('Đã cập nhật nhiệm vụ I.2')).toBeTruthy();
    expect(requestsFor('UpdatePlanTask').map((r) => r.variables)).toEqual([
      { input: { id: 't-1-2', version: 1, resetTiming: true } },
    ]);
    await waitFor(() => expect(within(rowOf('I.2')).getByText('31/03/2021')).toBeTruthy());
    expect(within(rowOf('I.2')).queryByText('Đã điều chỉnh')).toBeNull();
  });

  it('shows a GraphQL error (FORBIDDEN) at the top and keeps the form', async () => {
    renderPlan({
      update: () =>
        new GraphQLErrorsAnswer([
          { message: 'Bạn không có quyền cập nhật kế hoạch.', extensions: { code: 'FORBIDDEN' } },
        ]),
    });
    const { form } = await openEditor('I.2');
    change(form.getByLabelText('Trạng thái'), 'DONE');
    fireEvent.click(form.getByRole('button', { name: 'Lưu' }));
    const alert = await form.findByRole('alert');
    expect(alert.textContent).toContain('Bạn không có quyền cập nhật kế hoạch.');
    expect((form.getByLabelText('Trạng thái') as HTMLSelectElement).value).toBe('DONE');
    expect(within(rowOf('I.2')).getByText('Chưa thực hiện')).toBeTruthy();
  });

  it('shows NotFoundError at the top', async () => {
    renderPlan({
      update: () => ({
        updatePlanTask: { __typename: 'NotFoundError', message: 'Không tìm thấy nhiệm vụ.', code: 'NOT_FOUND' },
      }),
    });
    const { form } = await openEditor('I.1');
    change(form.getByLabelText('Trạng thái'), 'DONE');
    fireEvent.click(form.getByRole('button', { name: 'Lưu' }));
    // translated by the admin from the code
    expect((await form.findByRole('alert')).textContent).toContain('Không tìm thấy nhiệm vụ (có thể đã bị xóa).');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('in English, translates the server problems it knows by their code and shows the others as sent', async () => {
    await i18n.changeLanguage('en');
    renderPlan({
      update: () => ({
        updatePlanTask: {
          __typename: 'ValidationError',
          message: 'Dữ liệu không hợp lệ.',
          code: 'VALIDATION',
          problems: [
            {
              __typename: 'FieldProblem',
              field: 'timing.start',
              code: 'OUTSIDE_YEAR',
              message: 'Ngày phải nằm trong năm 2021 (hoặc quý I năm 2022).',
            },
            { __typename: 'FieldProblem', field: 'timing.end', code: 'END_BEFORE_START', message: END_BEFORE_START },
            { __typename: 'FieldProblem', field: 'id', code: 'LOCKED', message: 'Năm đánh giá đã khóa.' },
          ],
        },
      }),
    });
    const button = await screen.findByRole('button', { name: 'Edit task I.2' });
    fireEvent.click(button);
    const form = within(await screen.findByRole('dialog', { name: 'Update task I.2' }));
    fireEvent.click(form.getByLabelText('Set dates by hand'));
    change(form.getByLabelText('Start date'), '01/01/2020');
    change(form.getByLabelText('End date'), '01/01/2019');
    change(form.getByLabelText('Reason'), 'Moved');
    fireEvent.click(form.getByRole('button', { name: 'Save' }));

    const start = form.getByLabelText('Start date');
    await waitFor(() =>
      expect(descriptionOf(start)).toBe('The date must fall in 2021 (or the first quarter of 2022).'),
    );
    expect(descriptionOf(form.getByLabelText('End date'))).toBe('The end date must be on or after the start date.');
    expect(start.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(start);
    // an unknown code: the server's own message
    expect(form.getByRole('alert').textContent).toBe('Năm đánh giá đã khóa.');
  });

  it('disables the buttons and says "Đang lưu…" while sending', async () => {
    let answer!: (value: unknown) => void;
    const server = fakeServer();
    renderPlan({
      update: (request) =>
        new Promise((resolve) => {
          answer = () => resolve(server.update(request));
        }),
    });
    const { form } = await openEditor('I.2');
    change(form.getByLabelText('Trạng thái'), 'IN_PROGRESS');
    fireEvent.click(form.getByRole('button', { name: 'Lưu' }));

    const saving = await form.findByRole('button', { name: 'Đang lưu…' });
    expect((saving as HTMLButtonElement).disabled).toBe(true);
    expect((form.getByRole('button', { name: 'Hủy' }) as HTMLButtonElement).disabled).toBe(true);
    // Esc does not drop a request in flight
    fireEvent.keyDown(form.getByLabelText('Trạng thái'), { key: 'Escape' });
    expect(screen.getByRole('dialog')).toBeTruthy();

    answer(undefined);
    expect(await screen.findByText('Đã cập nhật nhiệm vụ I.2')).toBeTruthy();
    expect(within(rowOf('I.2')).getByText('Đang thực hiện')).toBeTruthy();
  });

  it('reloads a list filtered by status after a change, so the task leaves it', async () => {
    const { requestsFor } = renderPlan({ path: '/plan?year=2021&status=NOT_STARTED' });
    await screen.findByText('3 nhiệm vụ');
    const before = requestsFor('PlanPage').length;
    const { form } = await openEditor('I.2');
    change(form.getByLabelText('Trạng thái'), 'DONE');
    fireEvent.click(form.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã cập nhật nhiệm vụ I.2')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('2 nhiệm vụ')).toBeTruthy());
    expect(screen.queryByRole('rowheader', { name: 'I.2' })).toBeNull();
    expect(requestsFor('PlanPage').length).toBeGreaterThan(before);
    expect(requestsFor('PlanPage').at(-1)?.variables).toMatchObject({ status: 'NOT_STARTED' });
    // the row is gone: focus lands on the page heading rather than on nothing
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ViewerPermissions } from '../components/year-context';
import { mockClient, type RecordedRequest } from '../test/graphql-mock';
import { permissionsAll } from '../test/fixtures';
import { renderPage } from '../test/render';
import { CorrectiveActionsPage } from './corrective-actions-page';

type Status = 'OPEN' | 'SUBMITTED' | 'VERIFIED' | 'REOPENED';

function action(id: string, status: Status, o: { overdue?: boolean; canSubmit?: boolean; canVerify?: boolean } = {}) {
  return {
    __typename: 'CorrectiveAction',
    id,
    version: 2,
    description: `Cập nhật niêm yết TTHC ${id}`,
    dueDate: '2026-12-01',
    status,
    overdue: o.overdue ?? false,
    fixNote: status === 'SUBMITTED' ? 'Đã cập nhật, gửi ảnh' : null,
    owner: { __typename: 'Unit', id: 'u-lp', name: 'UBND phường Long Phước' },
    finding: {
      __typename: 'ActionFinding',
      id: `f-${id}`,
      description: 'Niêm yết TTHC chưa cập nhật',
      criterion: { __typename: 'ActionCriterion', code: '3.1', name: 'Niêm yết TTHC' },
      visit: { __typename: 'ActionVisit', id: 'v-1', date: '2026-10-27', unitName: 'UBND phường Long Phước' },
    },
    events: [
      {
        __typename: 'CorrectiveActionEvent',
        id: `e-${id}-1`,
        toStatus: 'OPEN',
        note: 'Cập nhật niêm yết',
        at: '2026-10-28T09:00:00.000Z',
        actorName: 'Trần Văn Kiểm',
      },
    ],
    evidence: [],
    viewerCanSubmitFix: o.canSubmit ?? false,
    viewerCanVerify: o.canVerify ?? false,
    viewerCanReopen: o.canVerify ?? false,
  };
}

const finding = {
  __typename: 'ActionFinding',
  id: 'f-new',
  description: 'Hộp thư góp ý đặt khuất',
  criterion: { __typename: 'ActionCriterion', code: '3.1' },
  visit: {
    __typename: 'ActionVisit',
    id: 'v-1',
    date: '2026-10-27',
    unitId: 'u-lp',
    unitName: 'UBND phường Long Phước',
  },
};

function setup(actions: ReturnType<typeof action>[], permissions?: Partial<ViewerPermissions>, findings = [finding]) {
  const mock = mockClient({
    CorrectiveActionsPage: (r: RecordedRequest) => ({
      year: {
        __typename: 'EvaluationYear',
        id: 'y-2026',
        asOf: '2026-12-06',
        correctiveActions: actions.filter(
          (a) => (!r.variables.status || a.status === r.variables.status) && (!r.variables.overdue || a.overdue),
        ),
        correctiveActionFindings: findings,
      },
      unitTypes: [
        {
          __typename: 'UnitType',
          id: 'ut-xa',
          units: [{ __typename: 'Unit', id: 'u-lp', name: 'UBND phường Long Phước', active: true }],
        },
      ],
    }),
    SubmitCorrectiveActionFix: (r: RecordedRequest) => {
      const a = actions.find((x) => x.id === (r.variables.input as { id: string }).id)!;
      Object.assign(a, { status: 'SUBMITTED', version: a.version + 1, viewerCanSubmitFix: false });
      return { submitCorrectiveActionFix: { __typename: 'CorrectiveActionSuccess', action: a } };
    },
    ReopenCorrectiveAction: () => ({
      reopenCorrectiveAction: {
        __typename: 'ValidationError',
        message: 'Không được để trống.',
        code: 'VALIDATION_FAILED',
        problems: [{ __typename: 'FieldProblem', field: 'reason', code: 'REQUIRED', message: 'Không được để trống.' }],
      },
    }),
    CreateCorrectiveAction: () => ({
      createCorrectiveAction: {
        __typename: 'CorrectiveActionSuccess',
        action: { __typename: 'CorrectiveAction', id: 'a-new', status: 'OPEN' },
      },
    }),
  });
  renderPage(mock.client, <CorrectiveActionsPage />, {
    path: '/corrective-actions',
    year: 2026,
    permissions: { ...permissionsAll, ...permissions },
  });
  return mock;
}

const officer: Partial<ViewerPermissions> = { selfAssess: true, manageInspections: false, appraise: false };

describe('CorrectiveActionsPage', () => {
  it('lists actions with status and overdue flags; filters go to the server', async () => {
    const { requestsFor } = setup([action('a1', 'OPEN', { overdue: true }), action('a2', 'VERIFIED')]);
    const first = await screen.findByRole('listitem', { name: 'Cập nhật niêm yết TTHC a1' });
    expect(within(first).getByText('Quá hạn')).toBeTruthy();
    expect(within(first).getByText('Đang mở')).toBeTruthy();
    expect(within(first).getByText('Hạn: 01/12/2026')).toBeTruthy();
    const second = screen.getByRole('listitem', { name: 'Cập nhật niêm yết TTHC a2' });
    expect(within(second).queryByText('Quá hạn')).toBeNull();
    expect(screen.getByText('2 hành động · 1 đã xác minh · 1 quá hạn')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Chỉ hành động quá hạn' }));
    await waitFor(() =>
      expect(requestsFor('CorrectiveActionsPage').at(-1)?.variables).toMatchObject({ overdue: true }),
    );
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Cập nhật niêm yết TTHC a2' })).toBeNull());
  });

  it("lets the unit's officer submit the fix with a note after a confirmation, and shows the history", async () => {
    const { requestsFor } = setup([action('a1', 'OPEN', { canSubmit: true })], officer, []);
    const card = await screen.findByRole('listitem', { name: 'Cập nhật niêm yết TTHC a1' });
    expect(screen.queryByRole('combobox', { name: 'Đơn vị' })).toBeNull();
    expect(within(card).getByText('Lịch sử (1 bước)')).toBeTruthy();
    expect(within(card).getByText(/Trần Văn Kiểm: tạo hành động/)).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'Xác minh đạt' })).toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: 'Gửi kết quả khắc phục' }));
    const dialog = await screen.findByRole('dialog', { name: 'Gửi kết quả khắc phục' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Kết quả khắc phục' }).getAttribute('aria-invalid')).toBe(
        'true',
      ),
    );
    expect(requestsFor('SubmitCorrectiveActionFix')).toHaveLength(0);
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Kết quả khắc phục' }), {
      target: { value: 'Đã cập nhật niêm yết theo quyết định mới' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    const confirm = await within(dialog).findByRole('button', { name: 'Gửi kết quả khắc phục' });
    fireEvent.click(confirm);
    expect(await screen.findByText('Đã gửi kết quả khắc phục.')).toBeTruthy();
    expect(requestsFor('SubmitCorrectiveActionFix')[0]!.variables.input).toEqual({
      id: 'a1',
      version: 2,
      note: 'Đã cập nhật niêm yết theo quyết định mới',
      evidenceFileIds: [],
    });
  });

  it("shows the server's problem under the reason when sending back", async () => {
    setup([action('a1', 'SUBMITTED', { canVerify: true })]);
    const card = await screen.findByRole('listitem', { name: 'Cập nhật niêm yết TTHC a1' });
    expect(within(card).getByText('Kết quả đơn vị báo cáo: Đã cập nhật, gửi ảnh')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Yêu cầu làm lại' }));
    const dialog = await screen.findByRole('dialog', { name: 'Yêu cầu làm lại' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Lý do' }), { target: { value: 'Thiếu ảnh' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Yêu cầu làm lại' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Lý do' }).getAttribute('aria-invalid')).toBe('true'),
    );
  });

  it('creates an action from a weakness: a due date in the past is refused before sending', async () => {
    const { requestsFor } = setup([]);
    expect(await screen.findByText('Không có hành động khắc phục nào phù hợp.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tạo hành động khắc phục' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tạo hành động khắc phục' });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Tồn tại, hạn chế' }), {
      target: { value: 'f-new' },
    });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Nội dung khắc phục' }), {
      target: { value: 'Di chuyển hộp thư góp ý' },
    });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Hạn khắc phục' }), {
      target: { value: '01/12/2026' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    expect(
      await within(dialog).findByText('Hạn khắc phục không được trước ngày hôm nay.', { exact: false }),
    ).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Hạn khắc phục' }), {
      target: { value: '20/12/2026' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tiếp tục' }));
    expect(
      await within(dialog).findByText(
        'Tạo hành động "Di chuyển hộp thư góp ý" cho UBND phường Long Phước, hạn 20/12/2026?',
      ),
    ).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tạo hành động khắc phục' }));
    expect(await screen.findByText('Đã tạo hành động khắc phục.')).toBeTruthy();
    expect(requestsFor('CreateCorrectiveAction')[0]!.variables.input).toEqual({
      findingId: 'f-new',
      description: 'Di chuyển hộp thư góp ý',
      ownerUnitId: null,
      dueDate: '2026-12-20',
    });
  });
});

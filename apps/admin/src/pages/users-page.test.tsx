import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CreateUserMutation } from '../components/user-create-dialog';
import type { UpdateUserMutation } from '../components/user-edit-dialog';
import type { VariablesOf } from '../graphql';
import { account, accounts, unitPickerTypes, usersConnection, type UserData } from '../test/fixtures';
import { mockClient, type Resolver } from '../test/graphql-mock';
import { renderPage } from '../test/render';
import { USERS_PAGE_SIZE, UsersPage, type UsersPageQuery } from './users-page';

type CreateInput = VariablesOf<typeof CreateUserMutation>['input'];
type UpdateInput = VariablesOf<typeof UpdateUserMutation>['input'];

/** A small in-memory API: pages of accounts by email, create, update with versions, reset. */
function fakeServer(initial: readonly UserData[] = accounts, extra: Record<string, Resolver> = {}) {
  const users: UserData[] = structuredClone([...initial]);
  const sorted = () => [...users].sort((a, b) => a.email.localeCompare(b.email));
  const mock = mockClient({
    UsersPage: (request) => {
      const { after } = request.variables as VariablesOf<typeof UsersPageQuery>;
      const first = USERS_PAGE_SIZE;
      const list = sorted();
      const start = after ? list.findIndex((u) => `c-${u.id}` === after) + 1 : 0;
      const page = list.slice(start, start + first);
      return {
        unitTypes: unitPickerTypes(),
        users: usersConnection(page, start + first < list.length, list.length),
      };
    },
    CreateUser: (request) => {
      const { input } = request.variables as { input: CreateInput };
      if (users.some((u) => u.email === input.email)) {
        return {
          createUser: {
            __typename: 'ValidationError',
            message: 'Dữ liệu chưa hợp lệ.',
            code: 'VALIDATION_FAILED',
            problems: [
              {
                __typename: 'FieldProblem',
                field: 'email',
                code: 'EMAIL_TAKEN',
                message: 'Email này đã có tài khoản.',
              },
            ],
          },
        };
      }
      const created = account(`user-${users.length + 1}`, input.fullName, input.email, input.roles, {
        ...(input.unitId ? { unitId: input.unitId } : {}),
      });
      users.push(created);
      return { createUser: { __typename: 'UserSuccess', user: created } };
    },
    UpdateUser: (request) => {
      const { input } = request.variables as { input: UpdateInput };
      const found = users.find((u) => u.id === input.id)!;
      if (found.version !== input.version) {
        return {
          updateUser: {
            __typename: 'ConflictError',
            message: 'Dữ liệu đã được người khác cập nhật.',
            code: 'CONFLICT',
            currentVersion: found.version,
          },
        };
      }
      const changed = account(found.id, input.fullName ?? found.fullName, found.email, input.roles ?? found.roles, {
        ...(input.unitId ? { unitId: input.unitId } : {}),
        active: input.active ?? found.active,
        version: found.version + 1,
      });
      users.splice(users.indexOf(found), 1, changed);
      return { updateUser: { __typename: 'UserSuccess', user: changed } };
    },
    ResetUserPassword: (request) => {
      const { input } = request.variables as { input: { id: string } };
      return { resetUserPassword: { __typename: 'UserSuccess', user: { __typename: 'User', id: input.id } } };
    },
    ...extra,
  });
  renderPage(mock.client, <UsersPage />, { path: '/users' });
  return { ...mock, users };
}

describe('UsersPage', () => {
  it('lists the accounts with roles in Vietnamese, the unit, and the deactivated ones marked', async () => {
    fakeServer();
    const table = await screen.findByRole('table', { name: 'Danh sách tài khoản' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Họ và tên', 'Email', 'Vai trò', 'Đơn vị', 'Trạng thái', 'Thao tác']);
    expect(screen.getByText('4 tài khoản')).toBeTruthy();
    const lan = screen.getByRole('rowheader', { name: 'Nguyễn Thị Lan' }).closest('tr')!;
    expect(lan.textContent).toContain('Phòng Nội vụ, Lãnh đạo');
    const binh = screen.getByRole('rowheader', { name: 'Trần Văn Bình' }).closest('tr')!;
    expect(binh.textContent).toContain('Cán bộ đầu mối đơn vị');
    expect(binh.textContent).toContain('Phòng Tư pháp');
    const old = screen.getByRole('rowheader', { name: 'Lê Văn Cũ' }).closest('tr')!;
    expect(within(old).getByText('Đã khóa')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sửa tài khoản Lê Văn Cũ' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Đặt lại mật khẩu của Lê Văn Cũ' })).toBeTruthy();
  });

  it('shows a clear empty state', async () => {
    fakeServer([]);
    expect(await screen.findByText(/Chưa có tài khoản nào/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('pages with "Xem thêm"', async () => {
    const many = Array.from({ length: USERS_PAGE_SIZE + 2 }, (_, i) =>
      account(`u${i}`, `Người dùng ${i + 1}`, `nguoi${String(i + 1).padStart(2, '0')}@cchc.demo`, ['INSPECTOR']),
    );
    const { requestsFor } = fakeServer(many);
    expect(await screen.findByText(`Đang hiện ${USERS_PAGE_SIZE} trong ${many.length} tài khoản`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    expect(await screen.findByText(`${many.length} tài khoản`)).toBeTruthy();
    expect(screen.getAllByRole('rowheader')).toHaveLength(many.length);
    expect(requestsFor('UsersPage').map((r) => r.variables.after)).toEqual([null, `c-u${USERS_PAGE_SIZE - 1}`]);
  });

  it('creates an account: the form checks with the domain schema, the server’s EMAIL_TAKEN goes under the email', async () => {
    const { requestsFor } = fakeServer();
    fireEvent.click(await screen.findByRole('button', { name: 'Tạo tài khoản' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tạo tài khoản' });
    expect(within(dialog).getByText('Ít nhất 10 ký tự; không dùng mật khẩu dùng thử.')).toBeTruthy();

    // a unit officer without a unit, a short password: nothing is sent
    fireEvent.change(within(dialog).getByLabelText('Email'), { target: { value: 'tuphap@cchc.demo' } });
    fireEvent.change(within(dialog).getByLabelText('Họ và tên'), { target: { value: 'Phạm Thị Dung' } });
    fireEvent.click(within(dialog).getByLabelText('Cán bộ đầu mối đơn vị'));
    fireEvent.change(within(dialog).getByLabelText('Mật khẩu ban đầu'), { target: { value: 'ngan' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tạo tài khoản' }));
    expect(await within(dialog).findByText('Cán bộ đầu mối phải thuộc một đơn vị.')).toBeTruthy();
    expect(within(dialog).getByText('Mật khẩu cần ít nhất 10 ký tự.')).toBeTruthy();
    expect(within(dialog).getByLabelText('Đơn vị').getAttribute('aria-invalid')).toBe('true');
    expect(requestsFor('CreateUser')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('Đơn vị'), { target: { value: 'u-tp' } });
    fireEvent.change(within(dialog).getByLabelText('Mật khẩu ban đầu'), { target: { value: 'mat-khau-dau-tien' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tạo tài khoản' }));
    expect(await within(dialog).findByText('Email này đã có tài khoản.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Email')));

    fireEvent.change(within(dialog).getByLabelText('Email'), { target: { value: 'Dung@CCHC.demo ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tạo tài khoản' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requestsFor('CreateUser').at(-1)?.variables.input).toEqual({
      email: 'Dung@CCHC.demo',
      fullName: 'Phạm Thị Dung',
      roles: ['UNIT_OFFICER'],
      unitId: 'u-tp',
      password: 'mat-khau-dau-tien',
    });
    expect(screen.getByText('Đã tạo tài khoản Dung@CCHC.demo.')).toBeTruthy();
    expect(await screen.findByRole('rowheader', { name: 'Phạm Thị Dung' })).toBeTruthy();
  });

  it('deactivating asks first; the saved account shows as deactivated', async () => {
    const { requestsFor } = fakeServer();
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa tài khoản Trần Văn Bình' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa tài khoản Trần Văn Bình' });
    expect((within(dialog).getByLabelText('Đơn vị') as HTMLSelectElement).value).toBe('u-tp');
    fireEvent.click(within(dialog).getByLabelText(/Tài khoản đang hoạt động/));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    const confirm = await within(dialog).findByRole('alert');
    expect(confirm.textContent).toContain('đăng xuất khỏi mọi thiết bị');
    expect(requestsFor('UpdateUser')).toHaveLength(0);
    // "Quay lại" keeps the form; asking again and agreeing sends it
    fireEvent.click(within(confirm).getByRole('button', { name: 'Quay lại' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Khóa tài khoản' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requestsFor('UpdateUser')[0]?.variables.input).toEqual({
      id: 'user-tp',
      version: 1,
      fullName: 'Trần Văn Bình',
      roles: ['UNIT_OFFICER'],
      unitId: 'u-tp',
      active: false,
    });
    const row = screen.getByRole('rowheader', { name: 'Trần Văn Bình' }).closest('tr')!;
    await waitFor(() => expect(within(row).getByText('Đã khóa')).toBeTruthy());
  });

  it('on a conflict nothing is overwritten: reload the account as it is now, then save again', async () => {
    const server = fakeServer();
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa tài khoản Nguyễn Thị Lan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa tài khoản Nguyễn Thị Lan' });
    // someone else renames her meanwhile
    const lan = server.users.find((u) => u.id === 'user-1')!;
    lan.fullName = 'Nguyễn Thị Lan Anh';
    lan.version = 2;
    fireEvent.click(within(dialog).getByLabelText('Đoàn kiểm tra'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Tài khoản đã được người khác thay đổi');
    expect(lan.roles).toEqual(['HOME_AFFAIRS', 'LEADERSHIP']);

    fireEvent.click(within(alert).getByRole('button', { name: 'Tải thông tin hiện tại vào biểu mẫu' }));
    await waitFor(() =>
      expect((within(dialog).getByLabelText('Họ và tên') as HTMLInputElement).value).toBe('Nguyễn Thị Lan Anh'),
    );
    expect((within(dialog).getByLabelText('Đoàn kiểm tra') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(within(dialog).getByLabelText('Đoàn kiểm tra'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(server.requestsFor('UpdateUser').at(-1)?.variables.input).toMatchObject({
      version: 2,
      fullName: 'Nguyễn Thị Lan Anh',
    });
    expect(server.users.find((u) => u.id === 'user-1')!.roles).toEqual(['HOME_AFFAIRS', 'INSPECTOR', 'LEADERSHIP']);
  });

  it('translates the server’s SELF_LOCKOUT and a ForbiddenError by reason at the top of the form', async () => {
    let answer: unknown = {
      updateUser: {
        __typename: 'ValidationError',
        message: 'Dữ liệu chưa hợp lệ.',
        code: 'VALIDATION_FAILED',
        problems: [{ __typename: 'FieldProblem', field: 'id', code: 'SELF_LOCKOUT', message: 'Không thể tự khóa.' }],
      },
    };
    fakeServer(accounts, { UpdateUser: () => answer });
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa tài khoản Quản trị hệ thống' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa tài khoản Quản trị hệ thống' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Không thể tự khóa tài khoản hoặc bỏ quyền quản trị của chính mình.',
    );
    answer = { updateUser: { __typename: 'ForbiddenError', message: 'Forbidden', code: 'FORBIDDEN', reason: 'ROLE' } };
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('alert').textContent).toBe('Bạn không có quyền thực hiện thao tác này.'),
    );
  });

  it('resets a password after a confirmation that says their sessions end', async () => {
    const { requestsFor } = fakeServer();
    fireEvent.click(await screen.findByRole('button', { name: 'Đặt lại mật khẩu của Trần Văn Bình' }));
    const dialog = await screen.findByRole('dialog', { name: 'Đặt lại mật khẩu của Trần Văn Bình' });
    fireEvent.change(within(dialog).getByLabelText('Mật khẩu mới'), { target: { value: 'short' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Đặt lại mật khẩu' }));
    expect(await within(dialog).findByText('Mật khẩu cần ít nhất 10 ký tự.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Mật khẩu mới'), { target: { value: 'mat-khau-moi-2021' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Đặt lại mật khẩu' }));
    const confirm = await within(dialog).findByRole('alert');
    expect(confirm.textContent).toContain('Mọi phiên đăng nhập của người này sẽ kết thúc');
    expect(requestsFor('ResetUserPassword')).toHaveLength(0);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Đồng ý đặt lại' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requestsFor('ResetUserPassword')[0]?.variables.input).toEqual({
      id: 'user-tp',
      newPassword: 'mat-khau-moi-2021',
    });
    expect(screen.getByText('Đã đặt lại mật khẩu của Trần Văn Bình.')).toBeTruthy();
  });
});

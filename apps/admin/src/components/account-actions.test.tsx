import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routes } from '../routes';
import { me, unitTypesWithUnits, year2021, yearWithTasks } from '../test/fixtures';
import { mockClient, type Resolver } from '../test/graphql-mock';
import { renderRoutes } from '../test/render';

const years = [{ __typename: 'EvaluationYear', id: 'y-2021', year: 2021, title: year2021.title, status: 'OPEN' }];

function renderApp(extra: Record<string, Resolver>) {
  let signedIn = true;
  const mock = mockClient({
    AppLayoutMe: () => ({ me: signedIn ? me : null }),
    AppLayoutYears: () => ({ years }),
    DashboardPage: () => ({ year: yearWithTasks([]), unitTypes: unitTypesWithUnits() }),
    LogOutEverywhere: () => {
      signedIn = false;
      return { logOutEverywhere: 3 };
    },
    ...extra,
  });
  return { ...mock, ...renderRoutes(mock.client, routes, '/') };
}

const wrongPassword = {
  changePassword: {
    __typename: 'ValidationError',
    message: 'Dữ liệu chưa hợp lệ.',
    code: 'VALIDATION_FAILED',
    problems: [
      {
        __typename: 'FieldProblem',
        field: 'currentPassword',
        code: 'WRONG_PASSWORD',
        message: 'Mật khẩu hiện tại không đúng.',
      },
    ],
  },
};

describe('the signed-in person’s account actions in the header', () => {
  it('"Đổi mật khẩu": the repeat is checked by the form only, WRONG_PASSWORD goes under the current password', async () => {
    let answer: unknown = wrongPassword;
    const { requestsFor } = renderApp({ ChangePassword: () => answer });
    fireEvent.click(await screen.findByRole('button', { name: 'Đổi mật khẩu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Đổi mật khẩu' });
    const current = within(dialog).getByLabelText('Mật khẩu hiện tại');
    expect(document.activeElement).toBe(current);
    expect(within(dialog).getByText('Ít nhất 10 ký tự; không dùng mật khẩu dùng thử.')).toBeTruthy();

    fireEvent.change(current, { target: { value: 'cchc-demo-2021' } });
    fireEvent.change(within(dialog).getByLabelText('Mật khẩu mới'), { target: { value: 'mat-khau-moi-2021' } });
    fireEvent.change(within(dialog).getByLabelText('Nhập lại mật khẩu mới'), {
      target: { value: 'mat-khau-moi-2022' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await within(dialog).findByText('Hai lần nhập mật khẩu mới không khớp.')).toBeTruthy();
    expect(requestsFor('ChangePassword')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('Nhập lại mật khẩu mới'), {
      target: { value: 'mat-khau-moi-2021' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await within(dialog).findByText('Mật khẩu hiện tại không đúng.')).toBeTruthy();
    // the repeat is never sent
    expect(requestsFor('ChangePassword')[0]?.variables.input).toEqual({
      currentPassword: 'cchc-demo-2021',
      newPassword: 'mat-khau-moi-2021',
    });
    await waitFor(() => expect(document.activeElement).toBe(current));

    answer = { changePassword: { __typename: 'UserSuccess', user: { __typename: 'User', id: me.id } } };
    fireEvent.click(within(dialog).getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await within(dialog).findByText('Đã đổi mật khẩu. Các thiết bị khác đã được đăng xuất.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Đóng' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('"Đăng xuất khỏi mọi thiết bị" asks first, then goes to the login page', async () => {
    const { requestsFor, router } = renderApp({});
    fireEvent.click(await screen.findByRole('button', { name: 'Đăng xuất khỏi mọi thiết bị' }));
    const dialog = await screen.findByRole('dialog', { name: 'Đăng xuất khỏi mọi thiết bị' });
    expect(dialog.textContent).toContain('kể cả phiên này');
    // Esc closes without doing anything
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(requestsFor('LogOutEverywhere')).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Đăng xuất khỏi mọi thiết bị' }));
    const again = await screen.findByRole('dialog', { name: 'Đăng xuất khỏi mọi thiết bị' });
    fireEvent.click(within(again).getByRole('button', { name: 'Đăng xuất khỏi mọi thiết bị' }));
    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(requestsFor('LogOutEverywhere')).toHaveLength(1);
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockClient } from '../test/graphql-mock';
import { LocationProbe, renderRoutes } from '../test/render';
import { LoginPage } from './login-page';

function renderLogin(resolvers: Parameters<typeof mockClient>[0]) {
  const mock = mockClient(resolvers);
  const view = renderRoutes(
    mock.client,
    [
      { path: '/login', element: <LoginPage /> },
      { path: '/', element: <LocationProbe /> },
    ],
    '/login',
  );
  return { ...mock, ...view };
}

function fillAndSubmit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('LoginPage', () => {
  it('shows the Vietnamese message on InvalidCredentialsError and stays on /login', async () => {
    const { requestsFor, router } = renderLogin({
      Login: () => ({
        login: {
          __typename: 'InvalidCredentialsError',
          message: 'Invalid email or password',
          code: 'INVALID_CREDENTIALS',
        },
      }),
    });
    fillAndSubmit('lan@phuoclong.gov.vn', 'sai-mat-khau');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Email hoặc mật khẩu không đúng');
    expect(router.state.location.pathname).toBe('/login');

    const [request] = requestsFor('Login');
    expect(request?.variables).toEqual({ input: { email: 'lan@phuoclong.gov.vn', password: 'sai-mat-khau' } });
    expect(request?.method).toBe('POST');
    expect(request?.credentials).toBe('same-origin');
    expect(request?.headers['apollo-require-preflight']).toBe('true');
  });

  it('goes to / after a successful login', async () => {
    const { router } = renderLogin({
      Login: () => ({
        login: {
          __typename: 'LoginSuccess',
          user: { __typename: 'User', id: 'user-1', fullName: 'Nguyễn Thị Lan', roles: ['HOME_AFFAIRS'] },
        },
      }),
    });
    fillAndSubmit('lan@phuoclong.gov.vn', 'dung-mat-khau');

    expect(await screen.findByTestId('location')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes leadership to the evaluation dashboard after signing in', async () => {
    const { router } = renderLogin({
      Login: () => ({
        login: {
          __typename: 'LoginSuccess',
          user: { __typename: 'User', id: 'user-2', fullName: 'Lãnh đạo UBND', roles: ['LEADERSHIP'] },
        },
      }),
    });
    fillAndSubmit('lanhdao@cchc.demo', 'dung-mat-khau');
    await waitFor(() => expect(router.state.location.pathname).toBe('/evaluation'));
  });

  it('asks for both fields without calling the server', async () => {
    const { requests } = renderLogin({});
    fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Vui lòng nhập email và mật khẩu');
    expect(requests).toHaveLength(0);
  });

  it('reports a server failure instead of pretending the password was wrong', async () => {
    renderLogin({}); // no fixture: the mock answers with a GraphQL error
    fillAndSubmit('lan@phuoclong.gov.vn', 'x');
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toContain('Không đăng nhập được'));
  });

  it.each([
    [{ retryAfterSeconds: 30, locked: false }, 'Đăng nhập sai nhiều lần. Vui lòng thử lại sau 30 giây.'],
    [
      { retryAfterSeconds: 900, locked: true },
      'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau khoảng 15 phút.',
    ],
  ])('says how long to wait when logins are throttled (%o)', async (throttle, message) => {
    renderLogin({
      Login: () => ({
        login: { __typename: 'LoginThrottledError', message: 'Server text', code: 'LOGIN_THROTTLED', ...throttle },
      }),
    });
    fillAndSubmit('lan@phuoclong.gov.vn', 'sai-mat-khau');
    expect((await screen.findByRole('alert')).textContent).toBe(message);
  });
});

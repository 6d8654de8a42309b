import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routes } from '../routes';
import { me, permissionsAll, planTasks, unitTypesWithUnits, year2021, yearWithTasks } from '../test/fixtures';
import { mockClient } from '../test/graphql-mock';
import { renderRoutes } from '../test/render';

const years = [
  { __typename: 'EvaluationYear', id: 'y-2020', year: 2020, title: 'Năm 2020', status: 'PUBLISHED' },
  { __typename: 'EvaluationYear', id: 'y-2021', year: 2021, title: year2021.title, status: 'OPEN' },
];

describe('AppLayout', () => {
  it('redirects to /login when nobody is logged in', async () => {
    const { router } = renderRoutes(mockClient({ AppLayoutMe: () => ({ me: null }) }).client, routes, '/plan');
    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('shows the user, translated roles and only the links the server permits; defaults to the latest year', async () => {
    const permissions = {
      ...permissionsAll,
      viewDashboard: false,
      viewUnits: false,
      viewFramework: false,
      manageUsers: false,
      selfAssess: false,
      appraise: false,
      viewResults: false,
      viewInspections: false,
      manageInspections: false,
      viewCorrectiveActions: false,
      viewMyTasks: false,
      viewDeadlines: false,
      viewReports: false,
      viewRegistrations: false,
      viewSurveys: false,
      viewEvaluationDashboard: false,
    };
    const mock = mockClient({
      AppLayoutMe: () => ({ me: { ...me, permissions } }),
      AppLayoutYears: () => ({ years }),
      PlanPage: () => ({
        year: { ...yearWithTasks(planTasks), authority: { ...year2021.authority, unitTypes: unitTypesWithUnits() } },
      }),
    });
    const { router } = renderRoutes(mock.client, routes, '/');

    expect(await screen.findByText('CCHC — Quản lý cải cách hành chính')).toBeTruthy();
    expect(screen.getByText('Nguyễn Thị Lan')).toBeTruthy();
    expect(screen.getByText('Phòng Nội vụ, Lãnh đạo')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Kế hoạch']);

    // "/" is not permitted: the viewer lands on the plan of the most recent year
    expect(await screen.findByText('5 nhiệm vụ')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/plan');
    expect(mock.requestsFor('PlanPage')[0]?.variables).toMatchObject({ year: 2021 });
    expect((screen.getByLabelText('Năm đánh giá') as HTMLSelectElement).value).toBe('2021');
  });

  it('lists every page for a viewer with all permissions and switches language, remembering it', async () => {
    const mock = mockClient({
      AppLayoutMe: () => ({ me }),
      AppLayoutYears: () => ({ years }),
      DashboardPage: () => ({ year: yearWithTasks([]), unitTypes: unitTypesWithUnits() }),
    });
    renderRoutes(mock.client, routes, '/nowhere?year=2020');
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy trang' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Tổng quan',
      'Đánh giá',
      'Đơn vị',
      'Kế hoạch',
      'Bộ tiêu chí',
      'Tự đánh giá',
      'Thẩm định',
      'Kết quả',
      'Nhiệm vụ của tôi',
      'Hạn của tôi',
      'Kế hoạch & đăng ký',
      'Báo cáo định kỳ',
      'Kiểm tra',
      'Khắc phục',
      'Khảo sát',
      'Tài khoản',
    ]);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/?year=2020',
      '/evaluation?year=2020',
      '/units?year=2020',
      '/plan?year=2020',
      '/framework?year=2020',
      '/self-assessment?year=2020',
      '/appraisal?year=2020',
      '/results?year=2020',
      '/my-tasks?year=2020',
      '/deadlines?year=2020',
      '/registration?year=2020',
      '/reports?year=2020',
      '/inspections?year=2020',
      '/corrective-actions?year=2020',
      '/surveys?year=2020',
      '/users?year=2020',
    ]);

    fireEvent.change(screen.getByLabelText('Ngôn ngữ'), { target: { value: 'en' } });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Log out' })).toBeTruthy());
    expect(screen.getByText('Home Affairs office, Leadership')).toBeTruthy();
    expect(localStorage.getItem('cchc.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('after opening / logged out and logging in, shows the dashboard (the cached `me: null` is forgotten)', async () => {
    let loggedIn = false;
    const mock = mockClient({
      AppLayoutMe: () => ({ me: loggedIn ? me : null }),
      AppLayoutYears: () => ({ years }),
      DashboardPage: () => ({ year: yearWithTasks([]), unitTypes: unitTypesWithUnits() }),
      Login: () => {
        loggedIn = true;
        return {
          login: { __typename: 'LoginSuccess', user: { __typename: 'User', id: me.id, fullName: me.fullName } },
        };
      },
    });
    const { router } = renderRoutes(mock.client, routes, '/');
    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'noivu@cchc.demo' } });
    fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'cchc-demo-2021' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByRole('heading', { name: 'Tổng quan năm 2021' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/');
    expect(mock.requestsFor('AppLayoutMe')).toHaveLength(2);
  });

  it('folds the tools and navigation behind a menu button: aria-expanded, Esc and a link close it', async () => {
    const mock = mockClient({
      AppLayoutMe: () => ({ me }),
      AppLayoutYears: () => ({ years }),
      DashboardPage: () => ({ year: yearWithTasks([]), unitTypes: unitTypesWithUnits() }),
    });
    renderRoutes(mock.client, routes, '/nowhere');
    const menu = await screen.findByRole('button', { name: 'Menu' });
    const panel = document.getElementById(menu.getAttribute('aria-controls')!)!;
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hasAttribute('data-open')).toBe(false);

    fireEvent.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hasAttribute('data-open')).toBe(true);
    expect(within(panel).getByRole('navigation', { name: 'Điều hướng chính' })).toBeTruthy();
    const year = within(panel).getByLabelText('Năm đánh giá');
    year.focus();
    fireEvent.keyDown(year, { key: 'Escape' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menu);

    fireEvent.click(menu);
    fireEvent.click(within(panel).getByRole('link', { name: 'Tổng quan' }));
    expect(await screen.findByRole('heading', { name: 'Tổng quan năm 2021' })).toBeTruthy();
    expect(menu.getAttribute('aria-expanded')).toBe('false');
  });

  it('logs out and returns to the login page', async () => {
    let loggedIn = true;
    const mock = mockClient({
      AppLayoutMe: () => ({ me: loggedIn ? me : null }),
      AppLayoutYears: () => ({ years }),
      DashboardPage: () => ({ year: yearWithTasks([]), unitTypes: unitTypesWithUnits() }),
      Logout: () => {
        loggedIn = false;
        return { logout: true };
      },
    });
    const { router } = renderRoutes(mock.client, routes, '/');
    fireEvent.click(await screen.findByRole('button', { name: 'Đăng xuất' }));
    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(mock.requestsFor('Logout')).toHaveLength(1);
  });
});

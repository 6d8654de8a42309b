import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../graphql';
import { LanguageSwitch } from './language-switch';
import { ErrorMessage, Loading } from './status';
import { NAV_ITEMS } from './nav-items';
import { AppContext, pickYear } from './year-context';

// The account dialogs (the password form: react-hook-form, zod) load when opened: it is not part of the first screen.
const ChangePasswordDialog = lazy(() =>
  import('./change-password-dialog').then((m) => ({ default: m.ChangePasswordDialog })),
);
const LogOutEverywhereDialog = lazy(() =>
  import('./log-out-everywhere-dialog').then((m) => ({ default: m.LogOutEverywhereDialog })),
);

export const AppLayoutMeQuery = graphql(`
  query AppLayoutMe {
    me {
      id
      fullName
      email
      roles
      permissions {
        viewDashboard
        viewUnits
        viewPlan
        managePlan
        viewFramework
        manageFramework
        manageUsers
        selfAssess
        appraise
        viewResults
        viewInspections
        manageInspections
        viewCorrectiveActions
        viewMyTasks
        viewDeadlines
        viewReports
        viewRegistrations
        viewSurveys
        viewEvaluationDashboard
      }
    }
  }
`);

export const AppLayoutYearsQuery = graphql(`
  query AppLayoutYears {
    years {
      id
      year
      title
      status
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export function AppLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const yearSelectId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const [meResult, reexecuteMe] = useQuery({ query: AppLayoutMeQuery });
  const me = meResult.data?.me;
  const [yearsResult, reexecuteYears] = useQuery({ query: AppLayoutYearsQuery, pause: !me });
  const [logoutState, logout] = useMutation(LogoutMutation);
  const menu = useMenu();
  const [accountDialog, setAccountDialog] = useState<'password' | 'everywhere' | null>(null);

  // newest first, as the server lists them
  const years = yearsResult.data?.years ?? [];
  const year = pickYear(
    searchParams.get('year'),
    years.map((y) => y.year),
  );

  if (meResult.fetching && !meResult.data) return <Loading />;
  if (meResult.error && !meResult.data) {
    return (
      <main className="page">
        <ErrorMessage error={meResult.error} onRetry={() => reexecuteMe({ requestPolicy: 'network-only' })} />
      </main>
    );
  }
  if (!me) return <Navigate to="/login" replace />;

  const search = year === null ? '' : `?year=${year}`;
  const onLogout = async () => {
    await logout({});
    navigate('/login', { replace: true });
  };

  let content: React.ReactNode;
  if (yearsResult.error && !yearsResult.data) {
    content = (
      <ErrorMessage error={yearsResult.error} onRetry={() => reexecuteYears({ requestPolicy: 'network-only' })} />
    );
  } else if (!yearsResult.data) {
    content = <Loading />;
  } else if (year === null) {
    content = <p className="status status-empty">{t('app.noYears')}</p>;
  } else {
    content = (
      <AppContext.Provider value={{ year, permissions: me.permissions }}>
        <Outlet />
      </AppContext.Provider>
    );
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header" ref={menu.containerRef}>
        <p className="app-name">
          {/* on a phone the full name is read but not shown, the short one shown but not read */}
          <span className="app-name-full">{t('app.name')}</span>
          <span className="app-name-short" aria-hidden="true">
            {t('app.shortName')}
          </span>
        </p>
        {/* Shown on narrow screens only (styles.css): the tools and the navigation fold behind it. */}
        <button
          type="button"
          ref={menu.buttonRef}
          className="menu-button"
          aria-expanded={menu.open}
          aria-controls={menu.id}
          onClick={menu.toggle}
        >
          <span aria-hidden="true" className="menu-icon">
            {menu.open ? '✕' : '☰'}
          </span>
          {t('app.menu')}
        </button>
        <div id={menu.id} className="app-menu" data-open={menu.open || undefined}>
          <nav aria-label={t('app.mainNav')} className="app-nav">
            <ul>
              {NAV_ITEMS.filter((item) => me.permissions[item.permission]).map((item) => (
                <li key={item.to}>
                  <NavLink to={{ pathname: item.to, search }} end={item.to === '/'} onClick={menu.close}>
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="app-header-tools">
            {years.length > 0 && year !== null ? (
              <div className="field-inline">
                <label htmlFor={yearSelectId}>{t('app.year')}</label>
                <select
                  id={yearSelectId}
                  value={year}
                  onChange={(event) => {
                    const next = new URLSearchParams(searchParams);
                    next.set('year', event.target.value);
                    setSearchParams(next);
                  }}
                >
                  {years.map((y) => (
                    <option key={y.id} value={y.year}>
                      {y.year}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <LanguageSwitch />
            <div className="app-user">
              <span className="app-user-name">{me.fullName}</span>
              <span className="app-user-roles">
                <span className="visually-hidden">{t('app.userRoles')}: </span>
                {me.roles.map((role) => t(`roles.${role}`)).join(', ')}
              </span>
              <span className="app-user-actions">
                <button type="button" className="link-button" onClick={() => setAccountDialog('password')}>
                  {t('account.changePassword')}
                </button>
                <button type="button" className="link-button" onClick={() => setAccountDialog('everywhere')}>
                  {t('account.logOutEverywhere')}
                </button>
              </span>
            </div>
            <button type="button" onClick={onLogout} disabled={logoutState.fetching}>
              {logoutState.fetching ? t('app.loggingOut') : t('app.logout')}
            </button>
          </div>
        </div>
        {/* inside the header: a click in the dialog is not a click outside the phone menu */}
        {accountDialog === 'password' ? (
          <Suspense fallback={null}>
            <ChangePasswordDialog onClose={() => setAccountDialog(null)} />
          </Suspense>
        ) : null}
        {accountDialog === 'everywhere' ? (
          <Suspense fallback={null}>
            <LogOutEverywhereDialog
              onClose={() => setAccountDialog(null)}
              onDone={() => navigate('/login', { replace: true })}
            />
          </Suspense>
        ) : null}
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {content}
      </main>
    </div>
  );
}

/**
 * The header's menu on narrow screens: a disclosure button (aria-expanded) for the panel holding
 * the tools and the navigation. Esc closes it and returns focus to the button; so does a click
 * outside the header. Following a link in it closes it.
 */
function useMenu() {
  const id = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const containerRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();

  // biome-ignore lint/correctness/useExhaustiveDependencies: closes whenever the page changes
  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !containerRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  return {
    id,
    open,
    buttonRef,
    containerRef,
    toggle: () => setOpen((current) => !current),
    close: () => setOpen(false),
  };
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../graphql';
import { LanguageSwitch } from './language-switch';
import { ErrorMessage, Loading } from './status';
import { NAV_ITEMS } from './nav-items';
import { AppContext, pickYear } from './year-context';

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
    content = <ErrorMessage error={yearsResult.error} onRetry={() => reexecuteYears({ requestPolicy: 'network-only' })} />;
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
      <header className="app-header">
        <div className="app-header-top">
          <p className="app-name">{t('app.name')}</p>
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
              <span className="app-user-roles" aria-label={t('app.userRoles')}>
                {me.roles.map((role) => t(`roles.${role}`)).join(', ')}
              </span>
            </div>
            <button type="button" onClick={onLogout} disabled={logoutState.fetching}>
              {logoutState.fetching ? t('app.loggingOut') : t('app.logout')}
            </button>
          </div>
        </div>
        <nav aria-label={t('app.mainNav')} className="app-nav">
          <ul>
            {NAV_ITEMS.filter((item) => me.permissions[item.permission]).map((item) => (
              <li key={item.to}>
                <NavLink to={{ pathname: item.to, search }} end={item.to === '/'}>
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {content}
      </main>
    </div>
  );
}

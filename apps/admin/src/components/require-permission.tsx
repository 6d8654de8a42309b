import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { NAV_ITEMS } from './nav-items';
import { useAppContext, type ViewerPermissions } from './year-context';

/** Shows the page when the server says the viewer may; the overview falls back to a permitted page. */
export function RequirePermission({
  permission,
  children,
}: {
  permission: keyof ViewerPermissions;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const { permissions } = useAppContext();
  const location = useLocation();
  if (permissions[permission]) return <>{children}</>;
  if (location.pathname === '/') {
    // the first page of the navigation the viewer may see
    const fallback = NAV_ITEMS.find((item) => permissions[item.permission]);
    if (fallback && fallback.to !== '/')
      return <Navigate to={{ pathname: fallback.to, search: location.search }} replace />;
  }
  return (
    <p className="status status-error" role="alert">
      {t('app.forbidden')}
    </p>
  );
}

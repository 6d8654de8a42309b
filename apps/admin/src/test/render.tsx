import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation, type RouteObject } from 'react-router';
import { Provider, type Client } from 'urql';
import { AppContext, type ViewerPermissions } from '../components/year-context';
import { permissionsAll } from './fixtures';

export function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/** Renders `routes` in a memory router at `path`, with the urql client, like the app does. */
export function renderRoutes(client: Client, routes: RouteObject[], path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>,
  );
  return { ...view, router };
}

/** A page inside the app context the layout would give it (selected year and permissions). */
export function renderPage(
  client: Client,
  page: React.ReactNode,
  {
    path = '/',
    year = 2021,
    permissions = permissionsAll,
  }: { path?: string; year?: number; permissions?: ViewerPermissions } = {},
) {
  const pathname = path.split('?')[0] ?? '/';
  return renderRoutes(
    client,
    [
      {
        path: pathname,
        element: (
          <AppContext.Provider value={{ year, permissions }}>
            {page}
            <LocationProbe />
          </AppContext.Provider>
        ),
      },
    ],
    path,
  );
}

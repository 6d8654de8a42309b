// first: zod is configured before any module builds a schema
import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Provider } from 'urql';
import { makeDefaultStorage } from '@urql/exchange-graphcache/default-storage';
import { makeClient } from './client';
import './i18n';
import { routes } from './routes';
import './styles.css';

// production: graphcache's data kept in IndexedDB, so pages visited once open offline (with the service worker)
const client = makeClient(
  import.meta.env.PROD && typeof indexedDB !== 'undefined'
    ? { storage: makeDefaultStorage({ idbName: 'cchc-graphcache', maxAge: 7 }) }
    : {},
);
const router = createBrowserRouter(routes);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>
  </StrictMode>,
);

// The service worker (public/sw.js) keeps the app shell for offline use; the production build only
// (the dev server's modules change on every edit).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}

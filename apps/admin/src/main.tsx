// first: zod is configured before any module builds a schema
import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Provider } from 'urql';
import { makeClient, makeOfflineStorage } from './client';
import './i18n';
import { routes } from './routes';
import './styles.css';

// production: graphcache's data kept in IndexedDB, so pages visited once open offline (with the service worker)
const storage = import.meta.env.PROD && typeof indexedDB !== 'undefined' ? makeOfflineStorage() : undefined;
const client = makeClient(storage ? { storage } : {});
const router = createBrowserRouter(routes);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

const render = () =>
  createRoot(root).render(
    <StrictMode>
      <Provider value={client}>
        <RouterProvider router={router} />
      </Provider>
    </StrictMode>,
  );
// The first screen waits for what the device kept (a few milliseconds; at most 3 s if IndexedDB hangs),
// so that offline the signed-in person gets the app, not the login page (client.ts).
if (storage) void Promise.race([storage.hydrated, new Promise((resolve) => setTimeout(resolve, 3_000))]).then(render);
else render();

// The service worker (public/sw.js) keeps the app shell for offline use; the production build only
// (the dev server's modules change on every edit).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}

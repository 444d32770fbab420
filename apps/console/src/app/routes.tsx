import { lazy, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { CONSOLE_BASE } from '../auth/oidc';
import { PAGES } from './pages';
import { RequirePage } from './RequirePage';
import { Shell } from './Shell';

const Callback = lazy(() => import('../auth/Callback'));
const Home = lazy(() => import('../pages/Home'));
const NotFound = lazy(() => import('../pages/NotFound'));

/** Each page is its own chunk, loaded when first opened, so the first load carries only the shell. */
function pageRoutes(): RouteObject[] {
  return PAGES.map((page) => {
    const Page = lazy(page.load);
    return {
      path: page.path.slice(1),
      element: (
        <RequirePage page={page}>
          <Page />
        </RequirePage>
      ),
    };
  });
}

export const router = createBrowserRouter(
  [
    {
      path: 'callback',
      element: (
        <Suspense>
          <Callback />
        </Suspense>
      ),
    },
    { path: '/', element: <Shell />, children: [{ index: true, element: <Home /> }, ...pageRoutes(), { path: '*', element: <NotFound /> }] },
  ],
  { basename: CONSOLE_BASE },
);

import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { CONSOLE_BASE } from '../auth/oidc';
import { PAGES } from '../lib/roles';
import { RequirePage } from './RequirePage';
import { Shell } from './Shell';

const Callback = lazy(() => import('../auth/Callback'));
const Home = lazy(() => import('../pages/Home'));
const NotFound = lazy(() => import('../pages/NotFound'));

type PageModule = () => Promise<{ default: ComponentType }>;

/**
 * Each page is its own chunk, loaded when first opened, so the first load carries only the shell.
 * Import every page here by its own path, never through an index file that would pull them all in.
 */
const PAGE_MODULES: Record<string, PageModule> = {
  '/publicity': () => import('../pages/public/Publicity'),
  '/certificates/verification': () => import('../pages/public/CertificateVerification'),
  '/certificates/:id/verification': () => import('../pages/public/CertificateVerification'),
  '/declarations/:id': () => import('../pages/declarations/DeclarationDetail'),
  '/applicant/declarations': () => import('../pages/applicant/MyDeclarations'),
  '/employer/reviews': () => import('../pages/employer/ReviewQueue'),
  '/department/reviews': () => import('../pages/department/ReviewQueue'),
  '/office/reviews': () => import('../pages/office/ReviewQueue'),
  '/expert/panels': () => import('../pages/expert/Panels'),
  '/inspector/findings': () => import('../pages/inspector/Findings'),
  '/bureau/plans': () => import('../pages/bureau/Plans'),
};

const lazyPages = new Map<string, LazyExoticComponent<ComponentType>>(Object.entries(PAGE_MODULES).map(([path, load]) => [path, lazy(load)]));

function pageRoutes(): RouteObject[] {
  return PAGES.map((page) => {
    const Page = lazyPages.get(page.path);
    if (!Page) throw new Error(`no page module for ${page.path}`);
    return { path: page.path.slice(1), element: <RequirePage page={page}><Page /></RequirePage> };
  });
}

export const router = createBrowserRouter(
  [
    { path: 'callback', element: <Suspense><Callback /></Suspense> },
    { path: '/', element: <Shell />, children: [{ index: true, element: <Home /> }, ...pageRoutes(), { path: '*', element: <NotFound /> }] },
  ],
  { basename: CONSOLE_BASE },
);

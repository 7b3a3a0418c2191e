import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
} from '@tanstack/react-router';
import { Loading } from '../components/ui/Loading';
import { validateLoginSearch } from '../features/account/routes/login-search';
import { validateOrganisationsSearch } from '../features/organisations/routes/organisations-search';
import { validatePeopleSearch } from '../features/people/routes/people-search';
import { validateUnitsSearch } from '../features/units/routes/units-search';
import { redirectIfSignedIn, requireSession } from './auth-guard';
import { NotFoundPage, RouteErrorPage } from './RouteFallbacks';

// Code-based route tree. Every page component is a lazy chunk: the entry bundle holds only
// React, the router, TanStack Query, i18next and this file, so /login loads quickly on 3G.

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: validateLoginSearch,
  beforeLoad: ({ context, search }) => redirectIfSignedIn(context.queryClient, search.redirect),
  component: lazyRouteComponent(() => import('../features/account/routes/LoginPage'), 'LoginPage'),
});

/** Pathless layout: the signed-in shell (header, nav) and the auth guard for every console page. */
const consoleRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_console',
  beforeLoad: ({ context, location }) => requireSession(context.queryClient, location.href),
  component: lazyRouteComponent(() => import('./layout/ConsoleLayout'), 'ConsoleLayout'),
});

const homeRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/home/routes/HomePage'), 'HomePage'),
});

const profileRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: 'profile',
  component: lazyRouteComponent(() => import('../features/account/routes/ProfilePage'), 'ProfilePage'),
});

const unitsRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: 'units',
  validateSearch: validateUnitsSearch,
  component: lazyRouteComponent(() => import('../features/units/routes/UnitsPage'), 'UnitsPage'),
});

const unitRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: 'units/$unitId',
  validateSearch: validateUnitsSearch,
  component: lazyRouteComponent(() => import('../features/units/routes/UnitDetailPage'), 'UnitDetailPage'),
});

const peopleRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: 'people',
  validateSearch: validatePeopleSearch,
  component: lazyRouteComponent(() => import('../features/people/routes/PeopleListPage'), 'PeopleListPage'),
});

const personNewRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: 'people/new',
  component: lazyRouteComponent(
    () => import('../features/people/routes/PersonCreatePage'),
    'PersonCreatePage',
  ),
});

const personRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: 'people/$personId',
  component: lazyRouteComponent(() => import('../features/people/routes/PersonEditPage'), 'PersonEditPage'),
});

const organisationsRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: 'organisations',
  validateSearch: validateOrganisationsSearch,
  component: lazyRouteComponent(
    () => import('../features/organisations/routes/OrganisationListPage'),
    'OrganisationListPage',
  ),
});

const organisationNewRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: 'organisations/new',
  component: lazyRouteComponent(
    () => import('../features/organisations/routes/OrganisationCreatePage'),
    'OrganisationCreatePage',
  ),
});

const organisationRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: 'organisations/$organisationId',
  component: lazyRouteComponent(
    () => import('../features/organisations/routes/OrganisationEditPage'),
    'OrganisationEditPage',
  ),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  consoleRoute.addChildren([
    homeRoute,
    profileRoute,
    unitsRoute,
    unitRoute,
    peopleRoute,
    personNewRoute,
    personRoute,
    organisationsRoute,
    organisationNewRoute,
    organisationRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // Loader data lives in TanStack Query; let it decide freshness.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: () => <Loading />,
    defaultErrorComponent: RouteErrorPage,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

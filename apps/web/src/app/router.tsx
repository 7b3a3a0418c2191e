import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { Loading } from '../components/ui/Loading';
import { validateLoginSearch } from '../features/account/routes/login-search';
import { validateAuditSearch } from '../features/audit/routes/audit-search';
import { validateContentModulesSearch } from '../features/content/routes/modules-search';
import { validateEngagementSearch } from '../features/engagement/routes/engagement-search';
import { validateMonitoringSearch } from '../features/monitoring/routes/monitoring-search';
import { validateReportsSearch } from '../features/monitoring/routes/reports-search';
import { validateOrganisationsSearch } from '../features/organisations/routes/organisations-search';
import { validatePeopleSearch } from '../features/people/routes/people-search';
import { validateErasureRequestsSearch } from '../features/privacy/routes/erasure-search';
import { validateImportsSearch } from '../features/roster/routes/imports-search';
import { validateUnitsSearch } from '../features/units/routes/units-search';
import { pickPositiveInt } from '../lib/search-params';
import { redirectIfSignedIn, redirectLearnerToLearn, requireSession } from './auth-guard';
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

const registerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'register',
  beforeLoad: ({ context }) => redirectIfSignedIn(context.queryClient, '/learn'),
  component: lazyRouteComponent(() => import('../features/account/routes/RegisterPage'), 'RegisterPage'),
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
  beforeLoad: ({ context }) => redirectLearnerToLearn(context.queryClient),
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

// Content authoring and review (frameworks, modules): a section with its own tabs and permission check.
const contentRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: 'content',
  component: lazyRouteComponent(() => import('../features/content/routes/ContentLayout'), 'ContentLayout'),
});

const contentIndexRoute = createRoute({
  getParentRoute: () => contentRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/content/modules', replace: true });
  },
});

const contentModulesRoute = createRoute({
  getParentRoute: () => contentRoute,
  path: 'modules',
  validateSearch: validateContentModulesSearch,
  component: lazyRouteComponent(() => import('../features/content/routes/ModulesPage'), 'ModulesPage'),
});

const contentModuleRoute = createRoute({
  getParentRoute: () => contentRoute,
  path: 'modules/$moduleId',
  component: lazyRouteComponent(
    () => import('../features/content/routes/ModuleEditorPage'),
    'ModuleEditorPage',
  ),
});

const contentFrameworksRoute = createRoute({
  getParentRoute: () => contentRoute,
  path: 'frameworks',
  component: lazyRouteComponent(() => import('../features/content/routes/FrameworksPage'), 'FrameworksPage'),
});

const contentFrameworkRoute = createRoute({
  getParentRoute: () => contentRoute,
  path: 'frameworks/$frameworkId',
  component: lazyRouteComponent(
    () => import('../features/content/routes/FrameworkDetailPage'),
    'FrameworkDetailPage',
  ),
});

const certificatesRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: 'certificates',
  component: lazyRouteComponent(
    () => import('../features/certificates/routes/CertificatesPage'),
    'CertificatesPage',
  ),
});

// Campaign monitoring: targets by place with drill-down, and the periodic reports. Only these
// chunks load ECharts (bench/bundle.ts keeps the learner pages under budget).
const monitoringRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: 'monitoring',
  validateSearch: validateMonitoringSearch,
  component: lazyRouteComponent(
    () => import('../features/monitoring/routes/MonitoringPage'),
    'MonitoringPage',
  ),
});

const monitoringReportsRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: 'monitoring/reports',
  validateSearch: validateReportsSearch,
  component: lazyRouteComponent(() => import('../features/monitoring/routes/ReportsPage'), 'ReportsPage'),
});

// Official population figures (KPI denominators): my unit's and those below it, entered one by one.
const monitoringPopulationRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: 'monitoring/population',
  validateSearch: (raw: Record<string, unknown>) => ({ unitId: pickPositiveInt(raw.unitId) }),
  component: lazyRouteComponent(
    () => import('../features/monitoring/routes/PopulationPage'),
    'PopulationPage',
  ),
});

// "Thi đua – khen thưởng": challenges, officers' leaderboards, the monthly honour roll.
const engagementRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: 'engagement',
  validateSearch: validateEngagementSearch,
  component: lazyRouteComponent(
    () => import('../features/engagement/routes/EngagementPage'),
    'EngagementPage',
  ),
});

// "Lớp học": a trainer's classes (officers: every class of their place) and each class's dashboard.
const classesRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: 'classes',
  component: lazyRouteComponent(() => import('../features/classes/routes/ClassesPage'), 'ClassesPage'),
});

const classRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: 'classes/$classId',
  component: lazyRouteComponent(() => import('../features/classes/routes/ClassPage'), 'ClassPage'),
});

// "Mạng lưới": the train-the-trainer cascade, mentors, support people, community teams.
const networkRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: 'network',
  component: lazyRouteComponent(() => import('../features/network/routes/NetworkPage'), 'NetworkPage'),
});

// Roster import: templates, file upload, the job's progress and its error report.
const importsRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: 'imports',
  validateSearch: validateImportsSearch,
  component: lazyRouteComponent(() => import('../features/roster/routes/ImportsPage'), 'ImportsPage'),
});

// The privacy notice (Law 91/2025/QH15): public, linked from registration and the consent step.
const privacyNoticeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'privacy',
  component: lazyRouteComponent(
    () => import('../features/privacy/routes/PrivacyNoticePage'),
    'PrivacyNoticePage',
  ),
});

// "Yêu cầu xoá dữ liệu": officers confirm or reject people's requests to delete their data.
const erasureRequestsRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: 'erasure-requests',
  validateSearch: validateErasureRequestsSearch,
  component: lazyRouteComponent(
    () => import('../features/privacy/routes/ErasureRequestsPage'),
    'ErasureRequestsPage',
  ),
});

// "Nhật ký hệ thống": the audit log, for system administrators (the server checks the scope).
const auditRoute = createRoute({
  getParentRoute: () => consoleRoute,
  path: 'audit',
  validateSearch: validateAuditSearch,
  component: lazyRouteComponent(() => import('../features/audit/routes/AuditLogPage'), 'AuditLogPage'),
});

// Public certificate checks (the QR code's address): no session needed.
const verifyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'verify',
  component: lazyRouteComponent(() => import('../features/verify/routes/VerifyLayout'), 'VerifyLayout'),
});

const verifyIndexRoute = createRoute({
  getParentRoute: () => verifyRoute,
  path: '/',
  component: lazyRouteComponent(
    () => import('../features/verify/routes/VerifyCredentialPage'),
    'VerifyCredentialPage',
  ),
});

const verifyCertificateRoute = createRoute({
  getParentRoute: () => verifyRoute,
  path: '$certificateId',
  component: lazyRouteComponent(
    () => import('../features/verify/routes/VerifyCertificatePage'),
    'VerifyCertificatePage',
  ),
});

// The learner app: its own phone-first shell, chunks of its own (nothing from the console).
const learnRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'learn',
  beforeLoad: ({ context, location }) => requireSession(context.queryClient, location.href),
  component: lazyRouteComponent(() => import('./layout/LearnLayout'), 'LearnLayout'),
});

const learnHomeRoute = createRoute({
  getParentRoute: () => learnRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/learn/routes/LearnHomePage'), 'LearnHomePage'),
});

const onboardingRoute = createRoute({
  getParentRoute: () => learnRoute,
  path: 'onboarding',
  component: lazyRouteComponent(() => import('../features/learn/routes/OnboardingPage'), 'OnboardingPage'),
});

const placementRoute = createRoute({
  getParentRoute: () => learnRoute,
  path: 'placement',
  component: lazyRouteComponent(() => import('../features/learn/routes/PlacementPage'), 'PlacementPage'),
});

const moduleRoute = createRoute({
  getParentRoute: () => learnRoute,
  path: 'modules/$moduleId',
  component: lazyRouteComponent(
    () => import('../features/learn/routes/ModulePlayerPage'),
    'ModulePlayerPage',
  ),
});

const myCertificatesRoute = createRoute({
  getParentRoute: () => learnRoute,
  path: 'certificates',
  component: lazyRouteComponent(
    () => import('../features/certificates/routes/MyCertificatesPage'),
    'MyCertificatesPage',
  ),
});

// "Thành tích": XP, streak, badges, league, boards, challenges, privacy (plain SVG/CSS, no chart library).
const myProgressRoute = createRoute({
  getParentRoute: () => learnRoute,
  path: 'progress',
  component: lazyRouteComponent(() => import('../features/progress/routes/ProgressPage'), 'ProgressPage'),
});

// "Lớp học của tôi": the learner's classes, joining by code / link / QR, session check-in.
const myClassesRoute = createRoute({
  getParentRoute: () => learnRoute,
  path: 'classes',
  component: lazyRouteComponent(() => import('../features/myclasses/routes/MyClassesPage'), 'MyClassesPage'),
});

const joinClassRoute = createRoute({
  getParentRoute: () => learnRoute,
  path: 'join/$code',
  component: lazyRouteComponent(() => import('../features/myclasses/routes/JoinClassPage'), 'JoinClassPage'),
});

const checkinRoute = createRoute({
  getParentRoute: () => learnRoute,
  path: 'checkin/$token',
  component: lazyRouteComponent(() => import('../features/myclasses/routes/CheckinPage'), 'CheckinPage'),
});

// "Đại sứ số": volunteering as a mentor, my mentees (and my mentor), accepting a mentor's invitation.
const mentoringRoute = createRoute({
  getParentRoute: () => learnRoute,
  path: 'mentoring',
  component: lazyRouteComponent(() => import('../features/mentoring/routes/MentoringPage'), 'MentoringPage'),
});

const mentorInviteRoute = createRoute({
  getParentRoute: () => learnRoute,
  path: 'mentor/$code',
  component: lazyRouteComponent(
    () => import('../features/mentoring/routes/MentorInvitePage'),
    'MentorInvitePage',
  ),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  registerRoute,
  privacyNoticeRoute,
  verifyRoute.addChildren([verifyIndexRoute, verifyCertificateRoute]),
  learnRoute.addChildren([
    learnHomeRoute,
    onboardingRoute,
    placementRoute,
    moduleRoute,
    myCertificatesRoute,
    myProgressRoute,
    myClassesRoute,
    joinClassRoute,
    checkinRoute,
    mentoringRoute,
    mentorInviteRoute,
  ]),
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
    certificatesRoute,
    monitoringRoute,
    monitoringPopulationRoute,
    monitoringReportsRoute,
    engagementRoute,
    classesRoute,
    classRoute,
    networkRoute,
    importsRoute,
    auditRoute,
    erasureRequestsRoute,
    contentRoute.addChildren([
      contentIndexRoute,
      contentModulesRoute,
      contentModuleRoute,
      contentFrameworksRoute,
      contentFrameworkRoute,
    ]),
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

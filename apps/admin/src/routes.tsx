import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { AppLayout } from './components/app-layout';
import { RequirePermission as Guard } from './components/require-permission';
import { Loading } from './components/status';
import type { ViewerPermissions } from './components/year-context';
import { LoginPage } from './pages/login-page';
import { NotFoundPage } from './pages/not-found-page';

// Pages load on demand: the chart library stays out of the first download.
const DashboardPage = lazy(() => import('./pages/dashboard-page').then((m) => ({ default: m.DashboardPage })));
const UnitsPage = lazy(() => import('./pages/units-page').then((m) => ({ default: m.UnitsPage })));
const PlanPage = lazy(() => import('./pages/plan-page').then((m) => ({ default: m.PlanPage })));
const UsersPage = lazy(() => import('./pages/users-page').then((m) => ({ default: m.UsersPage })));
const FrameworkPage = lazy(() => import('./pages/framework-page').then((m) => ({ default: m.FrameworkPage })));
const SelfAssessmentPage = lazy(() =>
  import('./pages/self-assessment-page').then((m) => ({ default: m.SelfAssessmentPage })),
);
const AppraisalPage = lazy(() => import('./pages/appraisal-page').then((m) => ({ default: m.AppraisalPage })));
const ResultsPage = lazy(() => import('./pages/results-page').then((m) => ({ default: m.ResultsPage })));
const ScorecardPage = lazy(() => import('./pages/scorecard-page').then((m) => ({ default: m.ScorecardPage })));
const PublicResultsPage = lazy(() =>
  import('./pages/public-results-page').then((m) => ({ default: m.PublicResultsPage })),
);
const MyTasksPage = lazy(() => import('./pages/my-tasks-page').then((m) => ({ default: m.MyTasksPage })));
const DeadlinesPage = lazy(() => import('./pages/deadlines-page').then((m) => ({ default: m.DeadlinesPage })));
const RegistrationPage = lazy(() => import('./pages/registration-page').then((m) => ({ default: m.RegistrationPage })));
const ReportsPage = lazy(() => import('./pages/reports-page').then((m) => ({ default: m.ReportsPage })));
const InspectionsPage = lazy(() => import('./pages/inspections-page').then((m) => ({ default: m.InspectionsPage })));
const VisitPage = lazy(() => import('./pages/visit-page').then((m) => ({ default: m.VisitPage })));
const CorrectiveActionsPage = lazy(() =>
  import('./pages/corrective-actions-page').then((m) => ({ default: m.CorrectiveActionsPage })),
);
const SurveysPage = lazy(() => import('./pages/surveys-page').then((m) => ({ default: m.SurveysPage })));
const EvaluationDashboardPage = lazy(() =>
  import('./pages/evaluation-dashboard-page').then((m) => ({ default: m.EvaluationDashboardPage })),
);

function RequirePermission({
  permission,
  children,
}: {
  permission: keyof ViewerPermissions;
  children: React.ReactNode;
}) {
  return (
    <Guard permission={permission}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </Guard>
  );
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    // Công khai kết quả: the published ranking of a year, without signing in.
    path: '/cong-khai/:authorityCode/:year',
    element: (
      <Suspense fallback={<Loading />}>
        <PublicResultsPage />
      </Suspense>
    ),
  },
  {
    path: '/',
    element: <AppLayout />,
    children: [
      {
        index: true,
        element: (
          <RequirePermission permission="viewDashboard">
            <DashboardPage />
          </RequirePermission>
        ),
      },
      {
        // Đánh giá: the year's evaluation in charts (leadership lands here after signing in)
        path: 'evaluation',
        element: (
          <RequirePermission permission="viewEvaluationDashboard">
            <EvaluationDashboardPage />
          </RequirePermission>
        ),
      },
      {
        path: 'units',
        element: (
          <RequirePermission permission="viewUnits">
            <UnitsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'plan',
        element: (
          <RequirePermission permission="viewPlan">
            <PlanPage />
          </RequirePermission>
        ),
      },
      {
        path: 'framework',
        element: (
          <RequirePermission permission="viewFramework">
            <FrameworkPage />
          </RequirePermission>
        ),
      },
      {
        path: 'self-assessment',
        element: (
          <RequirePermission permission="selfAssess">
            <SelfAssessmentPage />
          </RequirePermission>
        ),
      },
      {
        path: 'appraisal',
        element: (
          <RequirePermission permission="appraise">
            <AppraisalPage />
          </RequirePermission>
        ),
      },
      {
        path: 'results',
        element: (
          <RequirePermission permission="viewResults">
            <ResultsPage />
          </RequirePermission>
        ),
      },
      {
        // One unit's scorecard: the server decides who may read it (a unit's own officer too)
        path: 'results/:unitId',
        element: (
          <Suspense fallback={<Loading />}>
            <ScorecardPage />
          </Suspense>
        ),
      },
      {
        path: 'my-tasks',
        element: (
          <RequirePermission permission="viewMyTasks">
            <MyTasksPage />
          </RequirePermission>
        ),
      },
      {
        path: 'deadlines',
        element: (
          <RequirePermission permission="viewDeadlines">
            <DeadlinesPage />
          </RequirePermission>
        ),
      },
      {
        path: 'registration',
        element: (
          <RequirePermission permission="viewRegistrations">
            <RegistrationPage />
          </RequirePermission>
        ),
      },
      {
        path: 'reports',
        element: (
          <RequirePermission permission="viewReports">
            <ReportsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'inspections',
        element: (
          <RequirePermission permission="viewInspections">
            <InspectionsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'inspections/:visitId',
        element: (
          <RequirePermission permission="viewInspections">
            <VisitPage />
          </RequirePermission>
        ),
      },
      {
        path: 'corrective-actions',
        element: (
          <RequirePermission permission="viewCorrectiveActions">
            <CorrectiveActionsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'surveys',
        element: (
          <RequirePermission permission="viewSurveys">
            <SurveysPage />
          </RequirePermission>
        ),
      },
      {
        path: 'users',
        element: (
          <RequirePermission permission="manageUsers">
            <UsersPage />
          </RequirePermission>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

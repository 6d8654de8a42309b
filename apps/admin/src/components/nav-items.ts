import type { ViewerPermissions } from './year-context';

/** The pages of the app, in navigation order, each with the server permission that shows it. */
export const NAV_ITEMS = [
  { to: '/', label: 'nav.dashboard', permission: 'viewDashboard' },
  { to: '/evaluation', label: 'nav.evaluation', permission: 'viewEvaluationDashboard' },
  { to: '/units', label: 'nav.units', permission: 'viewUnits' },
  { to: '/plan', label: 'nav.plan', permission: 'viewPlan' },
  { to: '/framework', label: 'nav.framework', permission: 'viewFramework' },
  { to: '/self-assessment', label: 'nav.selfAssessment', permission: 'selfAssess' },
  { to: '/appraisal', label: 'nav.appraisal', permission: 'appraise' },
  { to: '/results', label: 'nav.results', permission: 'viewResults' },
  { to: '/my-tasks', label: 'nav.myTasks', permission: 'viewMyTasks' },
  { to: '/deadlines', label: 'nav.deadlines', permission: 'viewDeadlines' },
  { to: '/registration', label: 'nav.registration', permission: 'viewRegistrations' },
  { to: '/reports', label: 'nav.reports', permission: 'viewReports' },
  { to: '/inspections', label: 'nav.inspections', permission: 'viewInspections' },
  { to: '/corrective-actions', label: 'nav.correctiveActions', permission: 'viewCorrectiveActions' },
  { to: '/surveys', label: 'nav.surveys', permission: 'viewSurveys' },
  { to: '/users', label: 'nav.users', permission: 'manageUsers' },
] as const satisfies readonly { to: string; label: string; permission: keyof ViewerPermissions }[];

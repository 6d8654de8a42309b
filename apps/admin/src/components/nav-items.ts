import type { ViewerPermissions } from './year-context';

/** The pages of the app, in navigation order, each with the server permission that shows it. */
export const NAV_ITEMS = [
  { to: '/', label: 'nav.dashboard', permission: 'viewDashboard' },
  { to: '/units', label: 'nav.units', permission: 'viewUnits' },
  { to: '/plan', label: 'nav.plan', permission: 'viewPlan' },
  { to: '/framework', label: 'nav.framework', permission: 'viewFramework' },
  { to: '/self-assessment', label: 'nav.selfAssessment', permission: 'selfAssess' },
  { to: '/appraisal', label: 'nav.appraisal', permission: 'appraise' },
  { to: '/results', label: 'nav.results', permission: 'viewResults' },
  { to: '/users', label: 'nav.users', permission: 'manageUsers' },
] as const satisfies readonly { to: string; label: string; permission: keyof ViewerPermissions }[];

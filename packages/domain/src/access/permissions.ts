// Which pages and lists a role may see: the admin app's navigation and the API's list queries.
// What a person may do to one record (its unit, its year, its team) is `can` in ./can.ts.
import { Role } from '../enums';

export interface Viewer {
  userId: string;
  roles: readonly Role[];
  /** The unit a unit officer works for (null for the office roles). */
  unitId: string | null;
}

export type Permission =
  | 'viewDashboard'
  | 'viewUnits'
  | 'viewPlan'
  | 'managePlan'
  | 'viewFramework'
  | 'manageFramework'
  | 'viewAudit'
  | 'manageUsers'
  | 'selfAssess'
  | 'appraise'
  | 'viewResults'
  | 'viewInspections'
  | 'manageInspections'
  | 'viewCorrectiveActions'
  | 'viewMyTasks'
  | 'viewDeadlines'
  | 'viewReports'
  | 'viewRegistrations'
  | 'viewSurveys'
  | 'viewEvaluationDashboard';

const EVERYONE = Object.values(Role);

/** The roles that hold each permission. */
export const PERMISSION_ROLES: Record<Permission, readonly Role[]> = {
  viewDashboard: EVERYONE,
  viewUnits: EVERYONE,
  viewPlan: EVERYONE,
  managePlan: [Role.HOME_AFFAIRS],
  viewFramework: EVERYONE,
  manageFramework: [Role.HOME_AFFAIRS],
  viewAudit: [Role.ADMIN, Role.HOME_AFFAIRS, Role.LEADERSHIP],
  manageUsers: [Role.ADMIN],
  /** The unit's own self-assessment (tự đánh giá, chấm điểm). */
  selfAssess: [Role.UNIT_OFFICER],
  /** Appraisal of every unit (thẩm định), rounds 1 and 2, bonus and penalty. */
  appraise: [Role.HOME_AFFAIRS],
  /** The year's results: ranking, scorecards, what-if; locking and approval are per record (`can`). */
  viewResults: [Role.ADMIN, Role.HOME_AFFAIRS, Role.LEADERSHIP],
  /** Inspection visits: the calendar and list (a unit officer sees its own unit's visits). */
  viewInspections: [Role.HOME_AFFAIRS, Role.INSPECTOR, Role.LEADERSHIP, Role.UNIT_OFFICER],
  /** Planning visits (the inspection team and Home Affairs); what one may do to a visit is `can`. */
  manageInspections: [Role.HOME_AFFAIRS, Role.INSPECTOR],
  /** Corrective actions after inspections (a unit officer: its own unit's). */
  viewCorrectiveActions: [Role.HOME_AFFAIRS, Role.INSPECTOR, Role.LEADERSHIP, Role.UNIT_OFFICER],
  /** "My tasks": the plan tasks the officer's unit leads or coordinates, with its progress. */
  viewMyTasks: [Role.UNIT_OFFICER],
  /** "My deadlines": the next 30 days and what is overdue, for everyone. */
  viewDeadlines: EVERYONE,
  /** Periodic reports: a unit officer sends its unit's; Home Affairs and leadership see compliance. */
  viewReports: [Role.HOME_AFFAIRS, Role.LEADERSHIP, Role.UNIT_OFFICER],
  /** The units' own plans and registrations (Mẫu đăng ký): an officer its own, Home Affairs reviews. */
  viewRegistrations: [Role.HOME_AFFAIRS, Role.LEADERSHIP, Role.UNIT_OFFICER],
  /** Citizen and leader satisfaction surveys (SIPAS). */
  viewSurveys: [Role.HOME_AFFAIRS, Role.LEADERSHIP],
  /** The evaluation dashboard ("Đánh giá"): the year's ranking, compliance, surveys, inspections and plan in charts. */
  viewEvaluationDashboard: [Role.ADMIN, Role.HOME_AFFAIRS, Role.LEADERSHIP],
};

export const PERMISSIONS = Object.keys(PERMISSION_ROLES) as Permission[];

export function hasPermission(viewer: Viewer | null | undefined, permission: Permission): boolean {
  if (!viewer) return false;
  const allowed = PERMISSION_ROLES[permission];
  return viewer.roles.some((r) => allowed.includes(r));
}

export function permissionsOf(viewer: Viewer | null | undefined): Record<Permission, boolean> {
  return Object.fromEntries(PERMISSIONS.map((p) => [p, hasPermission(viewer, p)])) as Record<Permission, boolean>;
}

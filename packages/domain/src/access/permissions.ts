// Who may do what. The API enforces these through scope-auth and exposes them to the admin app as
// `me.permissions`, so the UI never re-implements a role check.
export type Role = "ADMIN" | "HOME_AFFAIRS" | "INSPECTOR" | "LEADERSHIP" | "UNIT_OFFICER";

export const ROLES: readonly Role[] = ["ADMIN", "HOME_AFFAIRS", "INSPECTOR", "LEADERSHIP", "UNIT_OFFICER"];

export interface Viewer {
  userId: string;
  roles: readonly Role[];
  unitId: string | null;
}

export type Permission =
  | "viewDashboard"
  | "viewUnits"
  | "viewPlan"
  | "managePlan"
  | "viewFramework"
  | "manageFramework";

const EVERYONE: readonly Role[] = ROLES;
const OFFICE: readonly Role[] = ["ADMIN", "HOME_AFFAIRS"];

/** The roles that hold each permission. */
export const PERMISSION_ROLES: Record<Permission, readonly Role[]> = {
  viewDashboard: EVERYONE,
  viewUnits: EVERYONE,
  viewPlan: EVERYONE,
  managePlan: OFFICE,
  viewFramework: EVERYONE,
  manageFramework: OFFICE,
};

export const PERMISSIONS = Object.keys(PERMISSION_ROLES) as Permission[];

export function can(viewer: Viewer | null | undefined, permission: Permission): boolean {
  if (!viewer) return false;
  const allowed = PERMISSION_ROLES[permission];
  return viewer.roles.some((r) => allowed.includes(r));
}

export function permissionsOf(viewer: Viewer | null | undefined): Record<Permission, boolean> {
  return Object.fromEntries(PERMISSIONS.map((p) => [p, can(viewer, p)])) as Record<Permission, boolean>;
}

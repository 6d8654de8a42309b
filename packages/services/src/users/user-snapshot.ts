import type { UserSnapshot } from "../audit/catalogue.js";

/** The audited fields of a user (never the password hash), as a Prisma selection and a snapshot. */
export const USER_SNAPSHOT = {
  version: true,
  email: true,
  fullName: true,
  roles: true,
  unitId: true,
  active: true,
} as const;

export function userSnapshot(row: UserSnapshot): UserSnapshot {
  return { ...row };
}

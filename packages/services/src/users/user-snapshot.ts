/** The audited fields of a user (never the password hash), as a Prisma selection. */
export const USER_SNAPSHOT = {
  version: true,
  email: true,
  fullName: true,
  roles: true,
  unitId: true,
  active: true,
} as const;

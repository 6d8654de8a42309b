// Data factories for tests: the few rows a test needs beyond the sample year, with defaults that
// keep each call one line. They write through the Prisma client they are given (a test database).
import { randomBytes } from "node:crypto";
import type { EvaluationYear, PrismaClient } from "../generated/prisma/client.js";
import type { Role } from "../generated/prisma/enums.js";
import { isoToDbDate } from "../dates.js";
import { hashPassword } from "../password.js";
import { SAMPLE_AUTHORITY } from "../seed/sample-units.js";

/** The password of every user made by `createUser`. */
export const TEST_PASSWORD = "cchc-test-password";

// argon2 is deliberately slow: hash the one test password once per process and reuse it.
let testPasswordHash: Promise<string> | undefined;
function testHash(): Promise<string> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  return testPasswordHash;
}

function uniqueSuffix(): string {
  return randomBytes(4).toString("hex");
}

export interface CreatedUser {
  id: string;
  email: string;
  password: string;
}

export async function createUser(
  prisma: PrismaClient,
  options: { roles: Role[]; unitId?: string | null; email?: string; fullName?: string },
): Promise<CreatedUser> {
  const suffix = uniqueSuffix();
  const user = await prisma.user.create({
    data: {
      email: options.email ?? `user-${suffix}@test.cchc`,
      fullName: options.fullName ?? `Người dùng thử ${suffix}`,
      passwordHash: await testHash(),
      roles: options.roles,
      unitId: options.unitId ?? null,
    },
    select: { id: true, email: true },
  });
  return { ...user, password: TEST_PASSWORD };
}

export async function createInspectionVisit(
  prisma: PrismaClient,
  options: { yearId: string; unitId: string; teamUserIds: string[]; scheduledDate?: string },
): Promise<{ id: string; teamMemberIds: string[] }> {
  const users = await prisma.user.findMany({
    where: { id: { in: options.teamUserIds } },
    select: { id: true, fullName: true },
  });
  const names = new Map(users.map((u) => [u.id, u.fullName]));
  const visit = await prisma.inspectionVisit.create({
    data: {
      yearId: options.yearId,
      unitId: options.unitId,
      scheduledDate: isoToDbDate(options.scheduledDate ?? "2021-10-15"),
      // 08:00–11:30 in Vietnam (UTC+7) on that day
      startsAt: new Date(`${options.scheduledDate ?? "2021-10-15"}T08:00:00+07:00`),
      endsAt: new Date(`${options.scheduledDate ?? "2021-10-15"}T11:30:00+07:00`),
      team: {
        create: options.teamUserIds.map((userId, i) => {
          const name = names.get(userId);
          if (name === undefined) throw new Error(`createInspectionVisit: no user ${userId}`);
          return { userId, name, role: i === 0 ? "Trưởng đoàn" : "Thành viên", isLead: i === 0 };
        }),
      },
    },
    select: { id: true, team: { select: { id: true }, orderBy: { id: "asc" } } },
  });
  return { id: visit.id, teamMemberIds: visit.team.map((m) => m.id) };
}

/** The seeded 2021 sample year and its authority's units by code. */
export async function sampleYear(
  prisma: PrismaClient,
): Promise<{ year: EvaluationYear; unitIds: Map<string, string> }> {
  const year = await prisma.evaluationYear.findFirstOrThrow({
    where: { year: 2021, authority: { code: SAMPLE_AUTHORITY.code } },
  });
  const units = await prisma.unit.findMany({
    where: { authorityId: year.authorityId },
    select: { id: true, code: true },
  });
  return { year, unitIds: new Map(units.map((u) => [u.code, u.id])) };
}

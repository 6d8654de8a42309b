// Signs a person in: checks the password (at the same cost for an unknown email, so timing does not
// reveal which emails exist), opens a session, and audits the attempt either way.
import { randomBytes } from "node:crypto";
import { hashPassword, verifyPassword, type PrismaClient } from "@cchc/db";
import { writeAudit } from "../audit/write-audit.js";
import { InvalidCredentialsError } from "../errors.js";
import { createSession } from "./sessions.js";

export interface LogInInput {
  email: string;
  password: string;
}

/** Sessions use the wall clock (`sessionNow`), not the business clock. */
export async function logIn(
  prisma: PrismaClient,
  input: LogInInput,
  sessionNow: Date,
): Promise<{ userId: string; token: string; expiresAt: Date }> {
  const email = input.email.trim().toLowerCase();
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, active: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
  if (!user?.active || !ok) {
    await prisma.$transaction((tx) =>
      writeAudit(tx, null, {
        action: "auth.login_failed",
        entity: "User",
        entityId: user?.id ?? null,
        // never the password; the email as typed, cut to a sane length
        after: { email: email.slice(0, 200) },
      }),
    );
    throw new InvalidCredentialsError();
  }
  const session = await createSession(prisma, user.id, sessionNow);
  await prisma.$transaction((tx) =>
    writeAudit(tx, user.id, { action: "auth.login", entity: "User", entityId: user.id }),
  );
  return { userId: user.id, ...session };
}

// A real hash of a random secret: an unknown email then costs the same as a wrong password.
let dummy: Promise<string> | null = null;
function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString("hex"));
  return dummy;
}

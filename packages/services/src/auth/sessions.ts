// Sessions: a random token the client keeps (an httpOnly cookie in the API); the database keeps
// only its sha256, so a leaked database does not leak sessions.
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@cchc/db";
import type { Viewer } from "@cchc/domain";
import { cachedSession, rememberSession, sessionCacheEpoch } from "./session-cache.js";

export const SESSION_HOURS = 12;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createSession(prisma: PrismaClient, userId: string, now: Date) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await prisma.session.create({ data: { id: hashToken(token), userId, expiresAt } });
  return { token, expiresAt };
}

/**
 * The signed-in person of a token, or null (unknown, expired, or the account is deactivated). Known
 * sessions are kept briefly in this process (session-cache.ts): no statement for most requests.
 */
export async function viewerFromToken(
  prisma: PrismaClient,
  token: string | undefined,
  now: Date,
): Promise<{ viewer: Viewer; sessionId: string } | null> {
  if (!token) return null;
  const id = hashToken(token);
  const cached = cachedSession(id, now);
  if (cached) return { sessionId: id, viewer: cached.viewer };
  const readEpoch = sessionCacheEpoch();
  const session = await prisma.session.findUnique({
    where: { id },
    select: { expiresAt: true, user: { select: { id: true, roles: true, unitId: true, active: true } } },
  });
  if (!session || session.expiresAt <= now || !session.user.active) return null;
  const viewer: Viewer = { userId: session.user.id, roles: session.user.roles, unitId: session.user.unitId };
  rememberSession({ sessionId: id, viewer, expiresAt: session.expiresAt }, now, readEpoch);
  return { sessionId: id, viewer };
}

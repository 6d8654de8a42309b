// Sessions: a random token in an httpOnly cookie; the database keeps only its sha256.
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@cchc/db";
import type { Role, Viewer } from "@cchc/domain";

export const SESSION_COOKIE = "cchc_session";
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

export async function viewerFromToken(
  prisma: PrismaClient,
  token: string | undefined,
  now: Date,
): Promise<{ viewer: Viewer; sessionId: string } | null> {
  if (!token) return null;
  const id = hashToken(token);
  const session = await prisma.session.findUnique({
    where: { id },
    select: { expiresAt: true, user: { select: { id: true, roles: true, unitId: true, active: true } } },
  });
  if (!session || session.expiresAt <= now || !session.user.active) return null;
  return {
    sessionId: id,
    viewer: { userId: session.user.id, roles: session.user.roles as Role[], unitId: session.user.unitId },
  };
}

export async function destroySession(prisma: PrismaClient, sessionId: string) {
  await prisma.session.deleteMany({ where: { id: sessionId } });
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    try {
      out[name] = decodeURIComponent(value);
    } catch {
      out[name] = value;
    }
  }
  return out;
}

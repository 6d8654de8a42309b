// The private iCal feed of a person's deadlines: a random token (32 bytes, base64url) is given to
// them once, only its SHA-256 is stored (User.calendarTokenHash); creating a new one replaces the old
// (the old link stops working). GET /calendar/<token>.ics answers the feed without a cookie: the
// items of `viewerDeadlines` over the next 180 days (and the overdue ones), each a VEVENT whose
// UID is stable per item.
import { createHash, randomBytes } from "node:crypto";
import { type Role, toICalendar } from "@cchc/domain";
import { writeAudit } from "../audit/write-audit.js";
import type { OperationContext } from "../context.js";
import { ForbiddenError } from "../errors.js";
import { viewerDeadlines } from "./my-deadlines.js";

export const CALENDAR_FEED_DAYS = 180;

const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** Creates (or replaces) the viewer's feed token; answers the token, to be shown once. */
export async function createCalendarFeed(ctx: OperationContext): Promise<{ token: string }> {
  const viewer = ctx.viewer;
  if (!viewer) throw new ForbiddenError("NOT_SIGNED_IN");
  const token = randomBytes(32).toString("base64url");
  await ctx.prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: viewer.userId },
      select: { calendarTokenHash: true },
    });
    await tx.user.update({ where: { id: viewer.userId }, data: { calendarTokenHash: hashToken(token) } });
    await writeAudit(tx, viewer.userId, {
      action: "calendar_feed.create",
      entity: "User",
      entityId: viewer.userId,
      after: { replaced: before.calendarTokenHash !== null },
    });
  });
  return { token };
}

/** Whether the viewer has a feed link. */
export async function hasCalendarFeed(ctx: OperationContext): Promise<boolean> {
  if (!ctx.viewer) return false;
  const u = await ctx.prisma.user.findUnique({ where: { id: ctx.viewer.userId }, select: { calendarTokenHash: true } });
  return Boolean(u?.calendarTokenHash);
}

/** The feed's text for a token, or null for an unknown token or an inactive account. */
export async function calendarFeed(
  prisma: OperationContext["prisma"],
  args: { token: string; now: Date; baseUrl: string },
): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(args.token)) return null;
  const user = await prisma.user.findUnique({
    where: { calendarTokenHash: hashToken(args.token) },
    select: { id: true, active: true, roles: true, unitId: true, fullName: true },
  });
  if (!user?.active) return null;
  const viewer = { userId: user.id, roles: user.roles as Role[], unitId: user.unitId };
  const items = await viewerDeadlines({ prisma, viewer, now: args.now }, viewer, CALENDAR_FEED_DAYS);
  const host = new URL(args.baseUrl).host;
  return toICalendar({
    name: `Hạn của tôi — ${user.fullName}`,
    now: args.now,
    events: items.map((i) => ({
      uid: `${i.key}@${host}`,
      summary: i.overdue ? `[Quá hạn] ${i.title}` : i.title,
      description: i.detail,
      url: `${args.baseUrl.replace(/\/$/, "")}${i.link}`,
      ...(i.startsAt ? { start: i.startsAt, end: i.endsAt ?? i.startsAt } : { date: i.dueOn }),
    })),
  });
}

// "Hạn của tôi": the viewer's deadlines (overdue, then the next days) and their private iCal feed
// (GET /calendar/<token>.ics, src/http/calendar.ts): whether one exists, and createCalendarFeed to
// make (or replace) it; the token is shown once, only its SHA-256 is kept.
import type { DeadlineItem } from "@cchc/domain";
import { createCalendarFeed, hasCalendarFeed, viewerDeadlines } from "@cchc/services";
import { builder } from "../builder.js";
import { operation } from "../context.js";
import { ForbiddenError } from "./errors.js";

const DeadlineKindEnum = builder.enumType("DeadlineKind", {
  values: {
    TASK: { description: "Nhiệm vụ của kế hoạch (đơn vị chủ trì)" },
    UNIT_PLAN: { description: "Kế hoạch CCHC của đơn vị" },
    REPORT: { description: "Báo cáo định kỳ" },
    CORRECTIVE_ACTION: { description: "Khắc phục tồn tại sau kiểm tra" },
    VERIFY_ACTION: { description: "Xác minh việc khắc phục (đoàn kiểm tra)" },
    VISIT: { description: "Buổi kiểm tra CCHC" },
    REVIEW_REGISTRATION: { description: "Xem xét đăng ký thực hiện kế hoạch của đơn vị (Phòng Nội vụ)" },
    REPORT_PERIOD: { description: "Hạn gửi báo cáo định kỳ của các đơn vị (Phòng Nội vụ)" },
    STAGE: { description: "Kết thúc một giai đoạn của lịch năm đánh giá" },
  } as const,
});

const DeadlineItemRef = builder.objectRef<DeadlineItem>("DeadlineItem").implement({
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable per item (the calendar's UID)." }),
    kind: t.field({
      type: DeadlineKindEnum,
      resolve: (i) => i.kind.toUpperCase() as Uppercase<DeadlineItem["kind"]>,
    }),
    title: t.exposeString("title"),
    dueOn: t.expose("dueOn", { type: "Date" }),
    startsAt: t.expose("startsAt", { type: "DateTime", nullable: true }),
    endsAt: t.expose("endsAt", { type: "DateTime", nullable: true }),
    overdue: t.exposeBoolean("overdue"),
    daysLeft: t.exposeInt("daysLeft", { description: "Negative when overdue." }),
    link: t.exposeString("link", { description: "The admin app's path where the work is done." }),
    detail: t.exposeString("detail", { nullable: true }),
  }),
});

const CreateCalendarFeedSuccess = builder.objectRef<{ token: string }>("CreateCalendarFeedSuccess").implement({
  fields: (t) => ({
    path: t.string({
      description: "/calendar/<token>.ics — shown once; a new one replaces it (the old link stops working).",
      resolve: (r) => `/calendar/${r.token}.ics`,
    }),
  }),
});

builder.queryFields((t) => ({
  myDeadlines: t.field({
    type: [DeadlineItemRef],
    description: "The viewer's deadlines: overdue first, then those due in the next `days` days (1–90).",
    authScopes: { loggedIn: true },
    args: { days: t.arg.int({ required: false, defaultValue: 30 }) },
    resolve: (_r, { days }, ctx) => viewerDeadlines(operation(ctx), ctx.viewer!, Math.min(90, Math.max(1, days ?? 30))),
  }),
  calendarFeedActive: t.boolean({
    description: "Whether the viewer has a private calendar feed link (the link itself is shown only when created).",
    authScopes: { loggedIn: true },
    resolve: (_r, _a, ctx) => hasCalendarFeed(operation(ctx)),
  }),
}));

builder.mutationFields((t) => ({
  createCalendarFeed: t.field({
    type: CreateCalendarFeedSuccess,
    description: "Creates the viewer's private iCal feed link, or replaces it (the old link stops working). Audited.",
    authScopes: { loggedIn: true },
    errors: { types: [ForbiddenError], directResult: true, union: { name: "CreateCalendarFeedResult" } },
    resolve: (_r, _a, ctx) => createCalendarFeed(operation(ctx)),
  }),
}));

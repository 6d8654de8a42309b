// The unit's own CCHC plan (UnitPlanDocument, submitUnitPlan) and the registration form with budget
// (UnitRegistration, RegistrationItem, RegistrationEvent; save/delete/move items, submit, accept,
// return). Rules in @cchc/domain (registration/*), operations in @cchc/services (registration/*);
// the DOCX/XLSX downloads are GET /registrations/:id.docx|.xlsx (src/http/registrations.ts).
import { dbDateToIso } from "@cchc/db";
import {
  can,
  MAX_COORDINATING_UNITS,
  MAX_REGISTRATION_ITEMS,
  type RegistrationStatus,
  Role,
  unitPlanTiming,
  vndToWords,
} from "@cchc/domain";
import {
  acceptRegistration,
  deleteRegistrationItem,
  moveRegistrationItem,
  RegistrationStatusError,
  returnRegistration,
  saveRegistrationItem,
  submitRegistration,
  submitUnitPlan,
} from "@cchc/services";
import { builder } from "../builder.js";
import { type Context, operation } from "../context.js";
import { ConflictError, ErrorInterface, ForbiddenError, NotFoundError, ValidationError } from "./errors.js";
import { EVIDENCE_FILE_FIELDS, EvidenceFileRef } from "./evidence.js";
import { UnitRef } from "./unit.js";

const RegistrationStatusEnum = builder.enumType("RegistrationStatus", {
  values: {
    DRAFT: { description: "Đang soạn" },
    SUBMITTED: { description: "Đã gửi, chờ Phòng Nội vụ" },
    ACCEPTED: { description: "Đã chấp thuận" },
    RETURNED: { description: "Bị trả lại để sửa" },
  } as const,
});

const RegistrationEventActionEnum = builder.enumType("RegistrationEventAction", {
  values: ["SUBMITTED", "ACCEPTED", "RETURNED"] as const,
});

const SubmissionTimingEnum = builder.enumType("SubmissionTiming", {
  description: "On time / late against a deadline on the server's clock; not sent: pending, then missing.",
  values: { ON_TIME: {}, LATE: {}, MISSING: {}, PENDING: {} } as const,
});

const TIMING = { on_time: "ON_TIME", late: "LATE", missing: "MISSING", pending: "PENDING" } as const;

builder.objectType(RegistrationStatusError, {
  name: "RegistrationStatusError",
  description: "The registration's status does not allow this now (e.g. changing one already sent).",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof RegistrationStatusError,
  fields: (t) => ({ status: t.expose("status", { type: RegistrationStatusEnum }) }),
});

function regResource(r: { unitId: string; status: RegistrationStatus; year: { status: string } }) {
  return {
    type: "UnitRegistration" as const,
    unitId: r.unitId,
    status: r.status,
    yearStatus: r.year.status as "OPEN",
  };
}

const REG_ACCESS_SELECT = { unitId: true, status: true, year: { select: { status: true } } } as const;

builder.prismaObject("UnitPlanDocument", {
  description:
    "A unit's own CCHC plan: its number, issue date and signed document; on time or late on the server's clock.",
  fields: (t) => ({
    id: t.exposeID("id"),
    version: t.exposeInt("version", { description: "Send it back with submitUnitPlan to replace the document." }),
    documentNumber: t.exposeString("documentNumber"),
    issuedOn: t.expose("issuedOn", { type: "Date" }),
    submittedAt: t.expose("submittedAt", { type: "DateTime" }),
    submittedByName: t.string({
      nullable: true,
      select: { submittedBy: { select: { fullName: true } } },
      resolve: (p) => p.submittedBy?.fullName ?? null,
    }),
    timing: t.field({
      type: SubmissionTimingEnum,
      select: { submittedAt: true, year: { select: { unitPlanDeadline: true } } },
      resolve: (p, _args, ctx) =>
        TIMING[
          unitPlanTiming({
            lastOnTimeDate: dbDateToIso(p.year.unitPlanDeadline),
            submittedAt: p.submittedAt,
            now: ctx.now(),
          })
        ],
    }),
    onTime: t.boolean({
      select: { submittedAt: true, year: { select: { unitPlanDeadline: true } } },
      resolve: (p, _args, ctx) =>
        unitPlanTiming({
          lastOnTimeDate: dbDateToIso(p.year.unitPlanDeadline),
          submittedAt: p.submittedAt,
          now: ctx.now(),
        }) === "on_time",
    }),
    file: t.field({
      type: EvidenceFileRef,
      nullable: true,
      select: { file: { select: EVIDENCE_FILE_FIELDS } },
      resolve: (p) => p.file,
    }),
  }),
});

builder.prismaObject("RegistrationEvent", {
  description: "One step of a registration's history: submitted, accepted, returned (with Home Affairs' comment).",
  fields: (t) => ({
    id: t.exposeID("id"),
    action: t.expose("action", { type: RegistrationEventActionEnum }),
    comment: t.exposeString("comment", { nullable: true }),
    at: t.expose("at", { type: "DateTime" }),
    actorName: t.string({
      nullable: true,
      select: { actor: { select: { fullName: true } } },
      resolve: (e) => e.actor?.fullName ?? null,
    }),
  }),
});

builder.prismaObject("RegistrationItem", {
  description: "One line of the registration form: (1) content … (7) note.",
  fields: (t) => ({
    id: t.exposeID("id"),
    version: t.exposeInt("version"),
    position: t.exposeInt("position"),
    content: t.exposeString("content", { description: "(1) Nội dung công việc cụ thể" }),
    resultProduct: t.exposeString("resultProduct", { description: "(2) Kết quả sản phẩm" }),
    startDate: t.expose("startDate", { type: "Date", description: "(3) Bắt đầu" }),
    endDate: t.expose("endDate", { type: "Date", description: "(3) Kết thúc" }),
    leadUnit: t.relation("leadUnit", { nullable: true, description: "(4) Đơn vị chủ trì" }),
    leadText: t.exposeString("leadText"),
    coordinatingUnits: t.field({
      type: [UnitRef],
      description: "(5) Đơn vị phối hợp",
      extensions: { maxItems: MAX_COORDINATING_UNITS },
      select: { coordinators: { select: { unit: true }, orderBy: { unit: { sortName: "asc" } } } },
      resolve: (i) => i.coordinators.map((c) => c.unit),
    }),
    coordinatingText: t.exposeString("coordinatingText", { nullable: true }),
    budgetVnd: t.string({
      description: "(6) Kinh phí dự kiến: whole đồng as a string of digits (exact beyond 2^53).",
      select: { budgetVnd: true },
      resolve: (i) => i.budgetVnd.toString(),
    }),
    note: t.exposeString("note", { nullable: true, description: "(7) Ghi chú" }),
  }),
});

builder.prismaObject("UnitRegistration", {
  description: "A unit's registration form (Mẫu đăng ký thực hiện kế hoạch CCHC) with its items, total and history.",
  fields: (t) => ({
    id: t.exposeID("id"),
    version: t.exposeInt("version", { description: "Send it back with submit/accept/returnRegistration." }),
    status: t.expose("status", { type: RegistrationStatusEnum }),
    unit: t.relation("unit"),
    preparerName: t.exposeString("preparerName", { nullable: true }),
    headName: t.exposeString("headName", { nullable: true }),
    submittedAt: t.expose("submittedAt", { type: "DateTime", nullable: true }),
    totalBudgetVnd: t.string({
      description: "The sum of the items' budgets, whole đồng as a string of digits.",
      select: { totalBudgetVnd: true },
      resolve: (r) => r.totalBudgetVnd.toString(),
    }),
    totalInWords: t.string({
      description: '"Tổng kinh phí (Bằng chữ)": "Hai mươi triệu đồng".',
      select: { totalBudgetVnd: true },
      resolve: (r) => vndToWords(r.totalBudgetVnd),
    }),
    items: t.relation("items", {
      query: { orderBy: [{ position: "asc" }, { id: "asc" }] },
      extensions: { maxItems: MAX_REGISTRATION_ITEMS },
    }),
    events: t.relation("events", {
      description: "The history, newest first.",
      query: { orderBy: [{ at: "desc" }, { id: "desc" }], take: 50 },
      extensions: { maxItems: 50 },
    }),
    returnComment: t.string({
      nullable: true,
      description: "Home Affairs' comment when the registration is RETURNED (what to fix).",
      select: {
        status: true,
        events: { where: { action: "RETURNED" }, orderBy: { at: "desc" }, take: 1, select: { comment: true } },
      },
      resolve: (r) => (r.status === "RETURNED" ? (r.events[0]?.comment ?? null) : null),
    }),
    docxUrl: t.string({ resolve: (r) => `/registrations/${r.id}.docx` }),
    xlsxUrl: t.string({ resolve: (r) => `/registrations/${r.id}.xlsx` }),
    viewerCanEdit: t.boolean({
      select: REG_ACCESS_SELECT,
      resolve: (r, _a, ctx) => can(ctx.viewer, "registration.edit", regResource(r)),
    }),
    viewerCanSubmit: t.boolean({
      select: REG_ACCESS_SELECT,
      resolve: (r, _a, ctx) => can(ctx.viewer, "registration.submit", regResource(r)),
    }),
    viewerCanReview: t.boolean({
      select: REG_ACCESS_SELECT,
      resolve: (r, _a, ctx) => can(ctx.viewer, "registration.review", regResource(r)),
    }),
  }),
});

interface RegistrationSummary {
  unitId: string;
  unitName: string;
  unitPlanId: string | null;
  documentNumber: string | null;
  planSubmittedAt: Date | null;
  planTiming: keyof typeof TIMING;
  registrationId: string | null;
  status: RegistrationStatus | null;
  itemCount: number;
  totalBudgetVnd: string;
  submittedAt: Date | null;
}

const RegistrationSummaryRef = builder.objectRef<RegistrationSummary>("RegistrationSummary").implement({
  description:
    "One unit of the year at a glance: its own plan (on time / late / missing) and its registration's status.",
  fields: (t) => ({
    unitId: t.exposeID("unitId"),
    unitName: t.exposeString("unitName"),
    unitPlanId: t.exposeID("unitPlanId", { nullable: true }),
    documentNumber: t.exposeString("documentNumber", { nullable: true }),
    planSubmittedAt: t.expose("planSubmittedAt", { type: "DateTime", nullable: true }),
    planTiming: t.field({ type: SubmissionTimingEnum, resolve: (s) => TIMING[s.planTiming] }),
    registrationId: t.exposeID("registrationId", { nullable: true }),
    status: t.expose("status", {
      type: RegistrationStatusEnum,
      nullable: true,
      description: "null: nothing registered yet",
    }),
    itemCount: t.exposeInt("itemCount"),
    totalBudgetVnd: t.exposeString("totalBudgetVnd"),
    submittedAt: t.expose("submittedAt", { type: "DateTime", nullable: true }),
  }),
});

const RegistrationUnitRef = builder.objectRef<{ id: string; name: string }>("RegistrationUnitOption").implement({
  description: "A unit of the year, for the lead and coordinating unit pickers.",
  fields: (t) => ({ id: t.exposeID("id"), name: t.exposeString("name") }),
});

/** Who reads every unit's registration: Home Affairs, leadership, the administrator. */
function readsAll(ctx: Context) {
  const roles = ctx.viewer?.roles ?? [];
  return roles.includes(Role.HOME_AFFAIRS) || roles.includes(Role.LEADERSHIP) || roles.includes(Role.ADMIN);
}

builder.prismaObjectFields("EvaluationYear", (t) => ({
  registrations: t.field({
    type: [RegistrationSummaryRef],
    description:
      "Every unit of the year with its own plan (on time / late / missing on the server's day) and its registration " +
      "(Home Affairs, leadership, the administrator: all units; a unit officer: its own; others: none). Two statements.",
    extensions: { maxItems: 500 },
    select: { id: true, unitPlanDeadline: true },
    resolve: async (year, _args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) return [];
      const only = readsAll(ctx) ? null : viewer.roles.includes(Role.UNIT_OFFICER) ? viewer.unitId : undefined;
      if (only === undefined || (only === null && !readsAll(ctx))) return [];
      const units = await ctx.prisma.yearUnit.findMany({
        where: { yearId: year.id, ...(only ? { unitId: only } : {}) },
        select: {
          unitId: true,
          nameInYear: true,
          unit: {
            select: {
              sortName: true,
              type: { select: { position: true } },
              unitPlans: {
                where: { yearId: year.id },
                select: { id: true, documentNumber: true, submittedAt: true },
              },
              registrations: {
                where: { yearId: year.id },
                select: {
                  id: true,
                  status: true,
                  totalBudgetVnd: true,
                  submittedAt: true,
                  _count: { select: { items: true } },
                },
              },
            },
          },
        },
        take: 500,
      });
      const lastOnTimeDate = dbDateToIso(year.unitPlanDeadline);
      const now = ctx.now();
      return units
        .sort(
          (a, b) =>
            a.unit.type.position - b.unit.type.position ||
            (a.unit.sortName < b.unit.sortName ? -1 : a.unit.sortName > b.unit.sortName ? 1 : 0),
        )
        .map((u) => {
          const plan = u.unit.unitPlans[0] ?? null;
          const reg = u.unit.registrations[0] ?? null;
          return {
            unitId: u.unitId,
            unitName: u.nameInYear,
            unitPlanId: plan?.id ?? null,
            documentNumber: plan?.documentNumber ?? null,
            planSubmittedAt: plan?.submittedAt ?? null,
            planTiming: unitPlanTiming({ lastOnTimeDate, submittedAt: plan?.submittedAt ?? null, now }),
            registrationId: reg?.id ?? null,
            status: reg?.status ?? null,
            itemCount: reg?._count.items ?? 0,
            totalBudgetVnd: (reg?.totalBudgetVnd ?? 0n).toString(),
            submittedAt: reg?.submittedAt ?? null,
          };
        });
    },
  }),
  registration: t.prismaField({
    type: "UnitRegistration",
    nullable: true,
    description: "One unit's registration in the year (null when it has none yet, or the viewer may not read it).",
    args: { unitId: t.arg.id({ required: true }) },
    select: { id: true, status: true },
    resolve: async (query, year, args, ctx) => {
      const unitId = String(args.unitId);
      if (unitId.length > 100) return null;
      const r = await ctx.prisma.unitRegistration.findUnique({
        ...query,
        where: { yearId_unitId: { yearId: year.id, unitId } },
      });
      if (!r) return null;
      const allowed = can(ctx.viewer, "registration.read", {
        type: "UnitRegistration",
        unitId,
        status: (r as { status?: RegistrationStatus }).status ?? "DRAFT",
        yearStatus: year.status,
      });
      return allowed ? r : null;
    },
  }),
  unitPlan: t.prismaField({
    type: "UnitPlanDocument",
    nullable: true,
    description:
      "One unit's own CCHC plan in the year (Home Affairs, leadership, the administrator, the unit's officer).",
    args: { unitId: t.arg.id({ required: true }) },
    select: { id: true, status: true },
    resolve: (query, year, args, ctx) => {
      const unitId = String(args.unitId);
      if (unitId.length > 100) return null;
      if (!can(ctx.viewer, "evidence.read", { type: "UnitRecord", unitId, yearStatus: year.status })) return null;
      return ctx.prisma.unitPlanDocument.findUnique({
        ...query,
        where: { yearId_unitId: { yearId: year.id, unitId } },
      });
    },
  }),
  viewerCanSubmitUnitPlan: t.boolean({
    description: "The viewer is a unit officer who may send its unit's own plan in this year.",
    select: { status: true },
    resolve: (year, _args, ctx) =>
      !!ctx.viewer?.unitId &&
      can(ctx.viewer, "unitPlan.submit", { type: "UnitRecord", unitId: ctx.viewer.unitId, yearStatus: year.status }),
  }),
  registrationUnits: t.field({
    type: [RegistrationUnitRef],
    description: "The units of the year (names as in that year), for the lead and coordinating unit pickers.",
    extensions: { maxItems: 500 },
    select: { id: true },
    resolve: async (year, _args, ctx) => {
      if (!ctx.viewer) return [];
      const rows = await ctx.prisma.yearUnit.findMany({
        where: { yearId: year.id },
        select: {
          unitId: true,
          nameInYear: true,
          unit: { select: { sortName: true, type: { select: { position: true } } } },
        },
        take: 500,
      });
      return rows
        .sort(
          (a, b) =>
            a.unit.type.position - b.unit.type.position ||
            (a.unit.sortName < b.unit.sortName ? -1 : a.unit.sortName > b.unit.sortName ? 1 : 0),
        )
        .map((r) => ({ id: r.unitId, name: r.nameInYear }));
    },
  }),
}));

// ---------------------------------------------------------------- mutations

const SubmitUnitPlanInput = builder.inputType("SubmitUnitPlanInput", {
  fields: (t) => ({
    yearId: t.id({ required: true }),
    unitId: t.id({ required: true }),
    documentNumber: t.string({ required: true, description: '"12/KH-UBND"' }),
    issuedOn: t.string({ required: true, description: "YYYY-MM-DD" }),
    fileId: t.id({ required: true, description: "The signed document, uploaded first with POST /files for the unit." }),
    version: t.int({ required: false, description: "The version seen, when replacing the document sent before." }),
  }),
});

const SaveRegistrationItemInput = builder.inputType("SaveRegistrationItemInput", {
  fields: (t) => ({
    yearId: t.id({ required: true }),
    unitId: t.id({ required: true }),
    id: t.id({ required: false, description: "Absent for a new item (added at the end)." }),
    version: t.int({ required: false, description: "The item's version seen, with `id`." }),
    content: t.string({ required: true }),
    resultProduct: t.string({ required: true }),
    startDate: t.string({ required: true, description: "YYYY-MM-DD" }),
    endDate: t.string({ required: true, description: "YYYY-MM-DD" }),
    leadUnitId: t.id({ required: true }),
    coordinatingUnitIds: t.idList({ required: false }),
    budgetVnd: t.string({ required: true, description: 'Whole đồng: "15000000" or "15.000.000".' }),
    note: t.string({ required: false }),
  }),
});

const ItemRefInput = builder.inputType("DeleteRegistrationItemInput", {
  fields: (t) => ({ id: t.id({ required: true }), version: t.int({ required: true }) }),
});

const MoveDirectionEnum = builder.enumType("RegistrationMoveDirection", { values: ["UP", "DOWN"] as const });

const MoveRegistrationItemInput = builder.inputType("MoveRegistrationItemInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    direction: t.field({ type: MoveDirectionEnum, required: true }),
  }),
});

const SubmitRegistrationInput = builder.inputType("SubmitRegistrationInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    preparerName: t.string({ required: false, description: "Người lập biểu" }),
    headName: t.string({ required: false, description: "Thủ trưởng cơ quan, đơn vị" }),
  }),
});

const ReviewRegistrationInput = builder.inputType("ReviewRegistrationInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    comment: t.string({ required: false, description: "Required to return; optional to accept." }),
  }),
});

const SubmitUnitPlanSuccess = builder.objectRef<{ unitPlanId: string }>("SubmitUnitPlanSuccess").implement({
  fields: (t) => ({
    unitPlan: t.prismaField({
      type: "UnitPlanDocument",
      resolve: (query, r, _a, ctx) =>
        ctx.prisma.unitPlanDocument.findUniqueOrThrow({ ...query, where: { id: r.unitPlanId } }),
    }),
  }),
});

const RegistrationSuccess = builder
  .objectRef<{ registrationId: string; itemId?: string }>("RegistrationSuccess")
  .implement({
    fields: (t) => ({
      registration: t.prismaField({
        type: "UnitRegistration",
        resolve: (query, r, _a, ctx) =>
          ctx.prisma.unitRegistration.findUniqueOrThrow({ ...query, where: { id: r.registrationId } }),
      }),
      itemId: t.id({ nullable: true, resolve: (r) => r.itemId ?? null }),
    }),
  });

const ERRORS = [ConflictError, ForbiddenError, NotFoundError, ValidationError, RegistrationStatusError];

const str = (v: string | number) => String(v);

builder.mutationFields((t) => ({
  submitUnitPlan: t.field({
    type: SubmitUnitPlanSuccess,
    description:
      "A unit's officer sends the unit's own CCHC plan (number, issue date, the signed file); the server's clock decides " +
      "on time / late. Sending again replaces it (with the version seen). Audited.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "SubmitUnitPlanResult" } },
    args: { input: t.arg({ type: SubmitUnitPlanInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      submitUnitPlan(operation(ctx), {
        yearId: str(input.yearId),
        unitId: str(input.unitId),
        documentNumber: input.documentNumber,
        issuedOn: input.issuedOn,
        fileId: str(input.fileId),
        version: input.version ?? null,
      }),
  }),
  saveRegistrationItem: t.field({
    type: RegistrationSuccess,
    description:
      "A unit's officer adds or changes an item of its registration (DRAFT or RETURNED only); the total is recomputed. " +
      "The first item creates the registration. Versioned and audited.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "SaveRegistrationItemResult" } },
    args: { input: t.arg({ type: SaveRegistrationItemInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      saveRegistrationItem(operation(ctx), {
        yearId: str(input.yearId),
        unitId: str(input.unitId),
        id: input.id == null ? null : str(input.id),
        version: input.version ?? null,
        content: input.content,
        resultProduct: input.resultProduct,
        startDate: input.startDate,
        endDate: input.endDate,
        leadUnitId: str(input.leadUnitId),
        coordinatingUnitIds: (input.coordinatingUnitIds ?? []).map(str),
        budgetVnd: input.budgetVnd,
        note: input.note ?? null,
      }),
  }),
  deleteRegistrationItem: t.field({
    type: RegistrationSuccess,
    description: "A unit's officer removes an item (DRAFT or RETURNED only). Versioned and audited.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "DeleteRegistrationItemResult" } },
    args: { input: t.arg({ type: ItemRefInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      deleteRegistrationItem(operation(ctx), { id: str(input.id), version: input.version }),
  }),
  moveRegistrationItem: t.field({
    type: RegistrationSuccess,
    description: "A unit's officer moves an item up or down (DRAFT or RETURNED only). Audited.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "MoveRegistrationItemResult" } },
    args: { input: t.arg({ type: MoveRegistrationItemInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      moveRegistrationItem(operation(ctx), { id: str(input.id), version: input.version, direction: input.direction }),
  }),
  submitRegistration: t.field({
    type: RegistrationSuccess,
    description:
      "A unit's officer sends the registration to Home Affairs (DRAFT or RETURNED, at least one item). History kept.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "SubmitRegistrationResult" } },
    args: { input: t.arg({ type: SubmitRegistrationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      submitRegistration(operation(ctx), {
        id: str(input.id),
        version: input.version,
        preparerName: input.preparerName ?? null,
        headName: input.headName ?? null,
      }),
  }),
  acceptRegistration: t.field({
    type: RegistrationSuccess,
    description: "Home Affairs accepts a submitted registration (optional comment). History kept.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "AcceptRegistrationResult" } },
    args: { input: t.arg({ type: ReviewRegistrationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      acceptRegistration(operation(ctx), { id: str(input.id), version: input.version, comment: input.comment ?? null }),
  }),
  returnRegistration: t.field({
    type: RegistrationSuccess,
    description: "Home Affairs returns a submitted registration with a comment (required). History kept.",
    authScopes: { loggedIn: true },
    errors: { types: ERRORS, directResult: true, union: { name: "ReturnRegistrationResult" } },
    args: { input: t.arg({ type: ReviewRegistrationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      returnRegistration(operation(ctx), { id: str(input.id), version: input.version, comment: input.comment ?? "" }),
  }),
}));

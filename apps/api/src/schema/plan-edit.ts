// Editing a year's plan by hand (issue #10): add a task to an area, move a task up or down within
// its area (Home Affairs). Thin resolvers over the services; expected failures are union results.
import {
  addPlanArea,
  addPlanTask,
  importPlanXlsx,
  movePlanTask,
  planImportTemplate,
  updatePlanArea,
  updatePlanTaskText,
} from "@cchc/services";
import { builder } from "../builder.js";
import { operation } from "../context.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors.js";

const PlanMoveDirectionEnum = builder.enumType("PlanMoveDirection", { values: ["UP", "DOWN"] as const });

const PlanTaskChanged = builder.objectRef<{ taskId: string }>("PlanTaskChanged").implement({
  description: "The task as it is after the change.",
  fields: (t) => ({
    task: t.prismaField({
      type: "PlanTask",
      resolve: (query, root, _args, ctx) =>
        ctx.prisma.planTask.findUniqueOrThrow({ ...query, where: { id: root.taskId } }),
    }),
  }),
});

const AddPlanTaskInput = builder.inputType("AddPlanTaskInput", {
  fields: (t) => ({
    areaId: t.id({ required: true }),
    text: t.string({ required: true, description: "Nội dung nhiệm vụ." }),
    leadLabel: t.string({ required: true, description: "The lead as the plan writes it." }),
    coordinatingLabel: t.string({ required: false }),
    timePhrase: t.string({ required: true, description: "Thời gian thực hiện, as written; parsed into dates." }),
    leadUnitIds: t.idList({ required: false }),
    coordinatingUnitIds: t.idList({ required: false }),
  }),
});

builder.mutationField("addPlanTask", (t) =>
  t.field({
    type: PlanTaskChanged,
    description: "Home Affairs adds a task at the end of an area of the year's plan.",
    authScopes: { loggedIn: true },
    errors: {
      types: [ForbiddenError, NotFoundError, ValidationError],
      directResult: true,
      union: { name: "AddPlanTaskResult" },
    },
    args: { input: t.arg({ type: AddPlanTaskInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      addPlanTask(operation(ctx), {
        ...input,
        areaId: String(input.areaId),
        leadUnitIds: input.leadUnitIds?.map(String) ?? null,
        coordinatingUnitIds: input.coordinatingUnitIds?.map(String) ?? null,
      }),
  }),
);

const MovePlanTaskInput = builder.inputType("MovePlanTaskInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    direction: t.field({ type: PlanMoveDirectionEnum, required: true }),
  }),
});

builder.mutationField("movePlanTask", (t) =>
  t.field({
    type: PlanTaskChanged,
    description: "Home Affairs moves a task one place up or down within its area.",
    authScopes: { loggedIn: true },
    errors: {
      types: [ConflictError, ForbiddenError, NotFoundError, ValidationError],
      directResult: true,
      union: { name: "MovePlanTaskResult" },
    },
    args: { input: t.arg({ type: MovePlanTaskInput, required: true }) },
    resolve: (_root, { input }, ctx) => movePlanTask(operation(ctx), { ...input, id: String(input.id) }),
  }),
);

const ImportPlanInput = builder.inputType("ImportPlanInput", {
  fields: (t) => ({
    yearId: t.id({ required: true }),
    contentBase64: t.string({
      required: true,
      description: "The XLSX file (the template's columns), base64, at most 2 MB decoded.",
    }),
  }),
});

const ImportPlanSuccess = builder.objectRef<{ yearId: string; created: number }>("ImportPlanSuccess").implement({
  fields: (t) => ({
    created: t.exposeInt("created", { description: "Tasks added (all rows, or none when any row has a problem)." }),
  }),
});

builder.mutationField("importPlan", (t) =>
  t.field({
    type: ImportPlanSuccess,
    description:
      "Home Affairs imports a plan's assignment table from XLSX: every row checked, problems by row and column (field `rows.<row>.<column>`), nothing written unless every row is good.",
    authScopes: { loggedIn: true },
    errors: {
      types: [ForbiddenError, NotFoundError, ValidationError],
      directResult: true,
      union: { name: "ImportPlanResult" },
    },
    args: { input: t.arg({ type: ImportPlanInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      importPlanXlsx(operation(ctx), { yearId: String(input.yearId), contentBase64: input.contentBase64 }),
  }),
);

builder.queryField("planImportTemplate", (t) =>
  t.string({
    description:
      "The plan import's XLSX template (Mã, Nội dung nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian thực hiện, Sản phẩm), base64.",
    authScopes: { loggedIn: true },
    resolve: async () => (await planImportTemplate()).toString("base64"),
  }),
);

const PlanAreaChanged = builder.objectRef<{ areaId: string }>("PlanAreaChanged").implement({
  fields: (t) => ({
    area: t.prismaField({
      type: "PlanArea",
      resolve: (query, root, _args, ctx) =>
        ctx.prisma.planArea.findUniqueOrThrow({ ...query, where: { id: root.areaId } }),
    }),
  }),
});

const AddPlanAreaInput = builder.inputType("AddPlanAreaInput", {
  fields: (t) => ({
    yearId: t.id({ required: true }),
    code: t.string({ required: true, description: 'A Roman numeral not yet used in the plan ("VIII").' }),
    name: t.string({ required: true }),
  }),
});

builder.mutationField("addPlanArea", (t) =>
  t.field({
    type: PlanAreaChanged,
    description: "Home Affairs adds an area after the plan's last one.",
    authScopes: { loggedIn: true },
    errors: {
      types: [ForbiddenError, NotFoundError, ValidationError],
      directResult: true,
      union: { name: "AddPlanAreaResult" },
    },
    args: { input: t.arg({ type: AddPlanAreaInput, required: true }) },
    resolve: (_root, { input }, ctx) => addPlanArea(operation(ctx), { ...input, yearId: String(input.yearId) }),
  }),
);

const UpdatePlanAreaInput = builder.inputType("UpdatePlanAreaInput", {
  fields: (t) => ({ id: t.id({ required: true }), name: t.string({ required: true }) }),
});

builder.mutationField("updatePlanArea", (t) =>
  t.field({
    type: PlanAreaChanged,
    description: "Home Affairs renames an area of the plan.",
    authScopes: { loggedIn: true },
    errors: {
      types: [ForbiddenError, NotFoundError, ValidationError],
      directResult: true,
      union: { name: "UpdatePlanAreaResult" },
    },
    args: { input: t.arg({ type: UpdatePlanAreaInput, required: true }) },
    resolve: (_root, { input }, ctx) => updatePlanArea(operation(ctx), { ...input, id: String(input.id) }),
  }),
);

const UpdatePlanTaskTextInput = builder.inputType("UpdatePlanTaskTextInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    text: t.string({ required: false }),
    leadLabel: t.string({ required: false }),
    coordinatingLabel: t.string({ required: false }),
    timePhrase: t.string({ required: false, description: "A new phrase recomputes the dates (unless set by hand)." }),
  }),
});

builder.mutationField("updatePlanTaskText", (t) =>
  t.field({
    type: PlanTaskChanged,
    description: "Home Affairs corrects a task's texts.",
    authScopes: { loggedIn: true },
    errors: {
      types: [ConflictError, ForbiddenError, NotFoundError, ValidationError],
      directResult: true,
      union: { name: "UpdatePlanTaskTextResult" },
    },
    args: { input: t.arg({ type: UpdatePlanTaskTextInput, required: true }) },
    resolve: (_root, { input }, ctx) => updatePlanTaskText(operation(ctx), { ...input, id: String(input.id) }),
  }),
);

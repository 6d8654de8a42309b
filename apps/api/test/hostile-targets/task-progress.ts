// Progress on the plan's tasks: every argument fuzzed; none of these inputs can succeed, even when
// one field is replaced by a real record's id (a task that does not exist and a stale version, a
// year that does not exist and a code already taken…).
import { hostile, type Target } from "./kit.js";

const office = () => hostile.cookies.office ?? "";
const justice = () => hostile.cookies.justice ?? "";

export const TASK_PROGRESS_TARGETS: Record<string, Target> = {
  reportTaskProgress: {
    document: `mutation($input: ReportTaskProgressInput!) { reportTaskProgress(input: $input) { __typename ... on Error { code message } } }`,
    cookie: justice,
    base: () => ({
      taskId: "khong-co-nhiem-vu",
      version: 777,
      status: "IN_PROGRESS",
      percent: 50,
      comment: "Kiểm thử",
      fileIds: [],
    }),
  },
  overrideTaskStatus: {
    document: `mutation($input: OverrideTaskStatusInput!) { overrideTaskStatus(input: $input) { __typename ... on Error { code message } } }`,
    cookie: office,
    // a stale version too: a real task's id alone must not make it succeed
    base: () => ({ taskId: "khong-co-nhiem-vu", version: 777, status: "CANCELLED", reason: "Kiểm thử" }),
  },
  addPlanTask: {
    document: `mutation($input: AddPlanTaskInput!) { addPlanTask(input: $input) { __typename ... on Error { code message } } }`,
    cookie: office,
    base: () => ({
      areaId: "khong-co-linh-vuc",
      text: "Kiểm thử",
      leadLabel: "Phòng Nội vụ",
      coordinatingLabel: "",
      timePhrase: "Quý I",
      leadUnitIds: [],
      coordinatingUnitIds: [],
    }),
  },
  movePlanTask: {
    document: `mutation($input: MovePlanTaskInput!) { movePlanTask(input: $input) { __typename ... on Error { code message } } }`,
    cookie: office,
    base: () => ({ id: "khong-co-nhiem-vu", version: 777, direction: "UP" }),
  },
  importPlan: {
    document: `mutation($input: ImportPlanInput!) { importPlan(input: $input) { __typename ... on Error { code message } } }`,
    cookie: office,
    base: () => ({ yearId: "khong-co-nam", contentBase64: "UEsDBA==" }),
  },
  addPlanArea: {
    document: `mutation($input: AddPlanAreaInput!) { addPlanArea(input: $input) { __typename ... on Error { code message } } }`,
    cookie: office,
    // the code of an area the sample year has: the real year's id alone must not make it succeed
    base: () => ({ yearId: "khong-co-nam", code: "I", name: "Kiểm thử" }),
  },
  updatePlanArea: {
    document: `mutation($input: UpdatePlanAreaInput!) { updatePlanArea(input: $input) { __typename ... on Error { code message } } }`,
    cookie: office,
    base: () => ({ id: "khong-co-linh-vuc", name: "Kiểm thử" }),
  },
  updatePlanTaskText: {
    document: `mutation($input: UpdatePlanTaskTextInput!) { updatePlanTaskText(input: $input) { __typename ... on Error { code message } } }`,
    cookie: office,
    base: () => ({
      id: "khong-co-nhiem-vu",
      version: 777,
      text: "Kiểm thử",
      leadLabel: "Phòng Nội vụ",
      coordinatingLabel: "",
      timePhrase: "Quý I",
    }),
  },
};

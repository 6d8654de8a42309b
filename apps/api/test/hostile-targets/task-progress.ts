// Progress on the plan's tasks: every argument fuzzed; none of these inputs can succeed (a task that
// does not exist).
import { hostile, type Target } from "./kit.js";

const office = () => hostile.cookies.office ?? "";
const justice = () => hostile.cookies.justice ?? "";

export const TASK_PROGRESS_TARGETS: Record<string, Target> = {
  reportTaskProgress: {
    document: `mutation($input: ReportTaskProgressInput!) { reportTaskProgress(input: $input) { __typename ... on Error { code message } } }`,
    cookie: justice,
    base: () => ({
      taskId: "khong-co-nhiem-vu",
      version: 1,
      status: "IN_PROGRESS",
      percent: 50,
      comment: "Kiểm thử",
      fileIds: [],
    }),
  },
  overrideTaskStatus: {
    document: `mutation($input: OverrideTaskStatusInput!) { overrideTaskStatus(input: $input) { __typename ... on Error { code message } } }`,
    cookie: office,
    base: () => ({ taskId: "khong-co-nhiem-vu", version: 1, status: "CANCELLED", reason: "Kiểm thử" }),
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
    base: () => ({ id: "khong-co-nhiem-vu", version: 1, direction: "UP" }),
  },
  importPlan: {
    document: `mutation($input: ImportPlanInput!) { importPlan(input: $input) { __typename ... on Error { code message } } }`,
    cookie: office,
    base: () => ({ yearId: "khong-co-nam", contentBase64: "UEsDBA==" }),
  },
  addPlanArea: {
    document: `mutation($input: AddPlanAreaInput!) { addPlanArea(input: $input) { __typename ... on Error { code message } } }`,
    cookie: office,
    base: () => ({ yearId: "khong-co-nam", code: "VIII", name: "Kiểm thử" }),
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
      version: 1,
      text: "Kiểm thử",
      leadLabel: "Phòng Nội vụ",
      coordinatingLabel: "",
      timePhrase: "Quý I",
    }),
  },
};

// Planning inspection visits: every argument fuzzed; none of these inputs can succeed, whichever one
// field is replaced (a year and a visit that do not exist, and besides them a unit that does not exist
// or a stale plan version).
import { hostile, type Target } from "./kit.js";

const office = () => hostile.cookies.office ?? "";
const doc = (mutation: string, inputType: string) =>
  `mutation($input: ${inputType}!) { ${mutation}(input: $input) { __typename ... on Error { code message } } }`;

const visit = () => ({
  unitId: "khong-co-don-vi",
  date: "2021-10-20",
  startTime: "08:00",
  endTime: "11:00",
  place: "Trụ sở",
  team: [{ userId: null, name: "Chuyên gia", organization: "Sở Nội vụ", isLead: true }],
  scopeNodeIds: [hostile.ids.frameworkNode],
  scopeText: "Kiểm thử",
});

export const INSPECTION_VISIT_TARGETS: Record<string, Target> = {
  saveInspectionPlan: {
    document: doc("saveInspectionPlan", "SaveInspectionPlanInput"),
    cookie: office,
    base: () => ({
      yearId: "khong-co-nam",
      version: 99,
      title: "Kế hoạch kiểm tra",
      planTaskId: hostile.ids.otherTask,
    }),
  },
  createInspectionVisit: {
    document: doc("createInspectionVisit", "CreateInspectionVisitInput"),
    cookie: office,
    base: () => ({ yearId: "khong-co-nam", ...visit() }),
  },
  updateInspectionVisit: {
    document: doc("updateInspectionVisit", "UpdateInspectionVisitInput"),
    cookie: office,
    base: () => ({ id: "khong-co-cuoc-kiem-tra", version: 1, ...visit() }),
  },
  notifyInspectionVisit: {
    document: doc("notifyInspectionVisit", "MoveInspectionVisitInput"),
    cookie: office,
    base: () => ({ id: "khong-co-cuoc-kiem-tra", version: 1 }),
  },
  startInspectionVisit: {
    document: doc("startInspectionVisit", "MoveInspectionVisitInput"),
    cookie: office,
    base: () => ({ id: "khong-co-cuoc-kiem-tra", version: 1 }),
  },
  cancelInspectionVisit: {
    document: doc("cancelInspectionVisit", "CancelInspectionVisitInput"),
    cookie: office,
    base: () => ({ id: "khong-co-cuoc-kiem-tra", version: 1, reason: "Kiểm thử" }),
  },
};

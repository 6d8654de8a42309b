// Findings and minutes: every argument fuzzed; none of these inputs can succeed (a visit and a finding
// that do not exist).
import { hostile, type Target } from "./kit.js";

const office = () => hostile.cookies.office ?? "";
const doc = (mutation: string, inputType: string) =>
  `mutation($input: ${inputType}!) { ${mutation}(input: $input) { __typename ... on Error { code message } } }`;

export const INSPECTION_FINDING_TARGETS: Record<string, Target> = {
  recordFinding: {
    document: doc("recordFinding", "RecordFindingInput"),
    cookie: office,
    base: () => ({
      visitId: "khong-co-cuoc-kiem-tra",
      clientId: "hostile-client-0001",
      kind: "WEAKNESS",
      severity: "HIGH",
      frameworkNodeId: hostile.ids.frameworkNode,
      description: "Kiểm thử",
      latitude: 11.83,
      longitude: 106.99,
      photoFileIds: [],
    }),
  },
  updateFinding: {
    document: doc("updateFinding", "UpdateFindingInput"),
    cookie: office,
    base: () => ({ id: "khong-co-phat-hien", version: 1, kind: "GOOD_PRACTICE", description: "Kiểm thử" }),
  },
  deleteFinding: {
    document: doc("deleteFinding", "DeleteFindingInput"),
    cookie: office,
    base: () => ({ id: "khong-co-phat-hien", version: 1 }),
  },
  recordVisitMinutes: {
    document: doc("recordVisitMinutes", "RecordVisitMinutesInput"),
    cookie: office,
    base: () => ({
      visitId: "khong-co-cuoc-kiem-tra",
      version: 1,
      number: 5,
      place: "Trụ sở",
      summary: "Kiểm thử",
      conclusions: "Kiểm thử",
    }),
  },
  concludeVisit: {
    document: doc("concludeVisit", "ConcludeVisitInput"),
    cookie: office,
    base: () => ({ visitId: "khong-co-cuoc-kiem-tra", version: 1 }),
  },
};

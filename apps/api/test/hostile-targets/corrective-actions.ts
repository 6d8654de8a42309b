// Corrective actions: every argument fuzzed; none of these inputs can succeed (a finding and actions
// that do not exist, a due date in the past).
import { hostile, type Target } from "./kit.js";

const office = () => hostile.cookies.office ?? "";
const justice = () => hostile.cookies.justice ?? "";

export const CORRECTIVE_ACTION_TARGETS: Record<string, Target> = {
  createCorrectiveAction: {
    document: `mutation($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { __typename ... on Error { code message } } }`,
    cookie: office,
    base: () => ({
      findingId: "khong-co-phat-hien",
      description: "Kiểm thử",
      ownerUnitId: hostile.ids.unit,
      dueDate: "2020-01-01",
    }),
  },
  submitCorrectiveActionFix: {
    document: `mutation($input: SubmitCorrectiveActionFixInput!) { submitCorrectiveActionFix(input: $input) { __typename ... on Error { code message } } }`,
    cookie: justice,
    base: () => ({ id: "khong-co-hanh-dong", version: 1, note: "Đã khắc phục", evidenceFileIds: [] }),
  },
  verifyCorrectiveAction: {
    document: `mutation($input: VerifyCorrectiveActionInput!) { verifyCorrectiveAction(input: $input) { __typename ... on Error { code message } } }`,
    cookie: office,
    base: () => ({ id: "khong-co-hanh-dong", version: 1, note: "Đạt" }),
  },
  reopenCorrectiveAction: {
    document: `mutation($input: ReopenCorrectiveActionInput!) { reopenCorrectiveAction(input: $input) { __typename ... on Error { code message } } }`,
    cookie: office,
    base: () => ({ id: "khong-co-hanh-dong", version: 1, reason: "Chưa đạt" }),
  },
};

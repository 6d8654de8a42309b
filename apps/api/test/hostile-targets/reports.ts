// Periodic reports: every argument fuzzed; none of these inputs can succeed (a stale year version, an
// unknown period, files that do not exist).
import { hostile, type Target } from "./kit.js";

const office = () => hostile.cookies.office ?? "";
const justice = () => hostile.cookies.justice ?? "";

export const REPORT_TARGETS: Record<string, Target> = {
  setReportRule: {
    document: `mutation($input: SetReportRuleInput!) { setReportRule(input: $input) { __typename ... on Error { code message } } }`,
    cookie: office,
    base: () => ({ yearId: hostile.ids.year, rule: "NATIONAL", version: 999_999 }),
  },
  grantReportExtension: {
    document: `mutation($input: GrantReportExtensionInput!) { grantReportExtension(input: $input) { __typename ... on Error { code message } } }`,
    cookie: office,
    base: () => ({
      periodId: "khong-co-ky-bao-cao",
      unitId: hostile.ids.unit,
      untilDate: "2021-12-01",
      reason: "Kiểm thử",
    }),
  },
  submitReport: {
    document: `mutation($input: SubmitReportInput!) { submitReport(input: $input) { __typename ... on Error { code message } } }`,
    cookie: justice,
    base: () => ({
      periodId: "khong-co-ky-bao-cao",
      unitId: hostile.ids.unit,
      summary: "Kiểm thử báo cáo",
      documentNumber: "01/BC",
      fileIds: ["khong-co-tep"],
    }),
  },
};

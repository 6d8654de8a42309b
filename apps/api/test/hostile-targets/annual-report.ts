// The annual report: every argument fuzzed; the base cannot succeed whichever one field becomes valid
// (a malformed number and a date in the future, on a year that is not published).
import { hostile, type Target } from "./kit.js";

export const ANNUAL_REPORT_TARGETS: Record<string, Target> = {
  issueAnnualReport: {
    document: `mutation($input: IssueAnnualReportInput!) { issueAnnualReport(input: $input) { __typename ... on Error { code message } } }`,
    cookie: () => hostile.cookies.leadership ?? "",
    base: () => ({
      yearId: hostile.ids.year,
      number: "so-sai",
      issuedOn: "2999-01-05",
      signerName: "Kiểm Thử",
      signerTitle: "CHỦ TỊCH",
      recipients: [],
    }),
  },
};

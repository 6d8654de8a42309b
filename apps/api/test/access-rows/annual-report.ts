// The annual report: Home Affairs and leadership issue it for a published year; everyone else is
// refused and nothing is written (no record, no file).
import { type Case, gqlOutcome, kit } from "./kit.js";

async function reportState() {
  const p = kit.h.db.prisma;
  return {
    reports: await p.annualReport.findMany({ where: { yearId: kit.yearId } }),
    files: await p.evidenceFile.count({ where: { yearId: kit.yearId } }),
  };
}

export const ANNUAL_REPORT_ROWS: Record<string, Case[]> = {
  issueAnnualReport: [
    {
      name: "issue the annual report of a published year",
      allowed: ["homeAffairs", "leadership"],
      prepare: async () => {
        const p = kit.h.db.prisma;
        await p.evaluationYear.update({ where: { id: kit.yearId }, data: { status: "PUBLISHED" } });
        const issued = await p.annualReport.findUnique({ where: { yearId: kit.yearId } });
        if (issued) {
          await p.annualReport.delete({ where: { id: issued.id } });
          await p.evidenceFile.deleteMany({ where: { id: { in: [issued.docxFileId, issued.pdfFileId ?? ""] } } });
        }
      },
      run: (cookie) =>
        gqlOutcome(
          `mutation($input: IssueAnnualReportInput!) { issueAnnualReport(input: $input) { __typename ... on Error { code message } } }`,
          {
            input: {
              yearId: kit.yearId,
              number: "05/BC-UBND",
              // the matrix runs on 15/06/2021: a date not after that day
              issuedOn: "2021-06-01",
              signerName: "Ma Trận Quyền",
              signerTitle: "CHỦ TỊCH",
              recipients: ["Lưu: VT."],
            },
          },
          cookie,
          "issueAnnualReport",
        ),
      state: reportState,
    },
  ],
};

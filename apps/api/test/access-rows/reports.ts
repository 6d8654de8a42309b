// Periodic reports: the unit's officer sends its own unit's report (report.submit); Home Affairs
// chooses the year's rule (year.reportRule) and grants extensions (report.extend); everyone signed in
// creates their own calendar feed. Everyone else is refused and nothing changes.
import { type Case, gqlOutcome, kit } from "./kit.js";

async function q1(): Promise<string> {
  const p = await kit.h.db.prisma.reportPeriod.findFirstOrThrow({ where: { yearId: kit.yearId, code: "Q1" } });
  return p.id;
}

async function reportState() {
  const p = kit.h.db.prisma;
  return {
    year: await p.evaluationYear.findUniqueOrThrow({
      where: { id: kit.yearId },
      select: { version: true, reportRule: true },
    }),
    periods: await p.reportPeriod.findMany({ where: { yearId: kit.yearId }, orderBy: { id: "asc" } }),
    extensions: await p.reportExtension.findMany({ where: { period: { yearId: kit.yearId } }, orderBy: { id: "asc" } }),
    submissions: await p.reportSubmission.findMany({
      where: { period: { yearId: kit.yearId } },
      orderBy: { id: "asc" },
    }),
    revisions: await p.reportSubmissionRevision.count(),
  };
}

let fileId = "";

export const REPORT_ROWS: Record<string, Case[]> = {
  setReportRule: [
    {
      name: "choose the national report rule for the year",
      allowed: ["homeAffairs"],
      prepare: async () => {
        await kit.h.db.prisma.evaluationYear.update({ where: { id: kit.yearId }, data: { status: "OPEN" } });
        await kit.h.db.prisma.resultSnapshot.deleteMany({ where: { yearId: kit.yearId } });
      },
      run: async (cookie) => {
        const y = await kit.h.db.prisma.evaluationYear.findUniqueOrThrow({ where: { id: kit.yearId } });
        return gqlOutcome(
          `mutation($input: SetReportRuleInput!) { setReportRule(input: $input) { __typename ... on Error { code message } } }`,
          { input: { yearId: kit.yearId, rule: "NATIONAL", version: y.version } },
          cookie,
          "setReportRule",
        );
      },
      state: reportState,
    },
  ],
  grantReportExtension: [
    {
      name: "give Phòng Tư pháp more time for the Q1 report",
      allowed: ["homeAffairs"],
      prepare: async () => {
        await kit.h.db.prisma.evaluationYear.update({ where: { id: kit.yearId }, data: { status: "OPEN" } });
        await kit.h.db.prisma.resultSnapshot.deleteMany({ where: { yearId: kit.yearId } });
      },
      run: async (cookie) =>
        gqlOutcome(
          `mutation($input: GrantReportExtensionInput!) { grantReportExtension(input: $input) { __typename ... on Error { code message } } }`,
          {
            input: {
              periodId: await q1(),
              unitId: kit.justiceUnitId,
              untilDate: "2021-12-15",
              reason: "Ma trận quyền",
            },
          },
          cookie,
          "grantReportExtension",
        ),
      state: reportState,
    },
  ],
  submitReport: [
    {
      name: "send Phòng Tư pháp's Q1 report",
      allowed: ["officerOfLeadUnit"],
      prepare: async () => {
        const p = kit.h.db.prisma;
        await p.evaluationYear.update({ where: { id: kit.yearId }, data: { status: "OPEN" } });
        await p.resultSnapshot.deleteMany({ where: { yearId: kit.yearId } });
        await p.reportSubmission.deleteMany({ where: { unitId: kit.justiceUnitId, period: { yearId: kit.yearId } } });
        const f = await p.evidenceFile.create({
          data: {
            yearId: kit.yearId,
            unitId: kit.justiceUnitId,
            fileName: "bao-cao-quy-1.pdf",
            mimeType: "application/pdf",
            sizeBytes: 10,
            sha256: "0".repeat(64),
            storagePath: "ma-tran-quyen",
          },
        });
        fileId = f.id;
      },
      run: async (cookie) =>
        gqlOutcome(
          `mutation($input: SubmitReportInput!) { submitReport(input: $input) { __typename ... on Error { code message } } }`,
          {
            input: {
              periodId: await q1(),
              unitId: kit.justiceUnitId,
              summary: "Báo cáo quý I (ma trận quyền)",
              documentNumber: "01/BC-TP",
              fileIds: [fileId],
            },
          },
          cookie,
          "submitReport",
        ),
      state: reportState,
    },
  ],
  createCalendarFeed: [
    {
      name: "create one's own calendar feed link",
      allowed: [
        "admin",
        "homeAffairs",
        "inspectorOnTeam",
        "inspectorNotOnTeam",
        "leadership",
        "officerOfLeadUnit",
        "officerOfOtherUnit",
      ],
      run: (cookie) =>
        gqlOutcome(
          `mutation { createCalendarFeed { __typename ... on Error { code message } } }`,
          {},
          cookie,
          "createCalendarFeed",
        ),
      state: () =>
        kit.h.db.prisma.user.findMany({ select: { id: true, calendarTokenHash: true }, orderBy: { id: "asc" } }),
    },
  ],
};

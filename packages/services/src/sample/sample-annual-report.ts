// Sample data (dữ liệu mẫu): the published 2021 year's annual report issued by leadership, number
// "05/BC-UBND" dated 05/01/2022 (the date on the signed paper; recorded after publication), with the
// report's usual recipients; the live year keeps showing the draft. Runs through the real operation
// (files generated, stored, audited), after every 2021 record the report reads (inspections,
// corrective actions) exists. Without file storage nothing is issued.
import type { Viewer } from "@cchc/domain";
import type { OperationContext } from "../context.js";
import type { FileStorage } from "../evidence/storage.js";
import { issueAnnualReport } from "../annual-report/issue-annual-report.js";

export const SAMPLE_ANNUAL_REPORT = {
  number: "05/BC-UBND",
  issuedOn: "2022-01-05",
  signerName: "Trần Văn Lãnh (dữ liệu mẫu)",
  signerTitle: "CHỦ TỊCH",
  recipients: [
    "UBND tỉnh Bình Phước (để báo cáo);",
    "Sở Nội vụ tỉnh (để báo cáo);",
    "TT. Thị ủy, TT. HĐND thị xã;",
    "Chủ tịch, các PCT UBND thị xã;",
    "Các cơ quan, đơn vị, UBND các phường, xã;",
    "Lưu: VT, NV.",
  ],
} as const;

export async function sampleAnnualReport(
  prisma: OperationContext["prisma"],
  args: { yearId: string; leadership: Viewer; storage?: FileStorage },
): Promise<{ issued: boolean }> {
  if (!args.storage) return { issued: false };
  await issueAnnualReport(
    // recorded on the Monday after publication (21/01/2022)
    { prisma, viewer: args.leadership, now: new Date("2022-01-24T02:00:00Z"), storage: args.storage },
    { yearId: args.yearId, ...SAMPLE_ANNUAL_REPORT, recipients: [...SAMPLE_ANNUAL_REPORT.recipients] },
  );
  return { issued: true };
}

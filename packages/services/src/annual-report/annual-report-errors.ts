import { AppError } from "../errors.js";

/** The annual report is issued once the year's results are published, not before. */
export class YearNotPublishedError extends AppError {
  constructor(readonly status: string) {
    super(
      "Chỉ ban hành báo cáo năm sau khi kết quả đánh giá đã được công bố. Trước đó báo cáo là dự thảo.",
      "YEAR_NOT_PUBLISHED",
    );
  }
}

/** The year's report was issued already: it stays as issued. */
export class AnnualReportAlreadyIssuedError extends AppError {
  constructor(
    readonly number: string,
    readonly issuedOn: string,
  ) {
    super(
      `Báo cáo năm đã được ban hành (số ${number}, ngày ${issuedOn}); báo cáo giữ nguyên như khi ban hành.`,
      "ANNUAL_REPORT_ISSUED",
    );
  }
}

// A survey file refused as a whole (all or nothing): every problem with its row number and column,
// at most SURVEY_FILE_PROBLEMS_SHOWN of them listed (the count says how many there were).
import type { SurveyRowProblem } from "@cchc/domain";
import { AppError } from "../errors.js";

export const SURVEY_FILE_PROBLEMS_SHOWN = 200;

export class SurveyFileError extends AppError {
  readonly problems: SurveyRowProblem[];
  readonly problemCount: number;
  constructor(problems: SurveyRowProblem[]) {
    const rows = new Set(problems.map((p) => p.row).filter((r) => r > 0)).size;
    super(
      rows
        ? `Tệp có ${problems.length} lỗi ở ${rows} dòng: chưa nhập phiếu nào. Hãy sửa rồi nhập lại.`
        : `${problems[0]?.message ?? "Tệp không đọc được."} Chưa nhập phiếu nào.`,
      "SURVEY_FILE_REJECTED",
    );
    this.problems = problems.slice(0, SURVEY_FILE_PROBLEMS_SHOWN);
    this.problemCount = problems.length;
  }
}

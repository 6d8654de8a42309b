// The expected refusals of the report operations that are not a field of the input.
import { ValidationError } from "../errors.js";

/** The year's results are locked: what feeds them (reports, the rule, extensions) no longer changes. */
export function resultsLockedError(field: string): ValidationError {
  return new ValidationError([
    {
      field,
      code: "RESULTS_LOCKED",
      message: "Kết quả năm đánh giá đã khóa: không thể thay đổi báo cáo định kỳ, hạn hoặc quy định hạn.",
    },
  ]);
}

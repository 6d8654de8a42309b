import { AppError } from "../errors.js";

/** Findings are recorded while the team is on the spot (in progress) and until the minutes are issued. */
export class FindingsClosedError extends AppError {
  constructor(readonly status: string) {
    super(
      status === "CONCLUDED"
        ? "Cuộc kiểm tra đã kết luận: biên bản đã ban hành, không thể thêm hoặc sửa phát hiện."
        : "Chỉ ghi nhận phát hiện khi cuộc kiểm tra đang diễn ra hoặc đã lập biên bản (chưa kết luận).",
      "FINDINGS_CLOSED",
    );
  }
}

/** The minutes' step asked for does not follow from the visit's status (e.g. concluding before the minutes are recorded). */
export class MinutesStepError extends AppError {
  constructor(
    readonly status: string,
    message: string,
  ) {
    super(message, "MINUTES_STEP_NOT_ALLOWED");
  }
}

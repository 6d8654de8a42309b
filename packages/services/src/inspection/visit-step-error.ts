import type { VisitStatus } from "@cchc/domain";
import { AppError } from "../errors.js";

const STATUS_VI: Record<VisitStatus, string> = {
  PLANNED: "đã lên lịch",
  NOTIFIED: "đã thông báo cho đơn vị",
  IN_PROGRESS: "đang kiểm tra",
  MINUTES_RECORDED: "đã lập biên bản",
  CONCLUDED: "đã kết luận",
  CANCELLED: "đã hủy",
};

const STEP_VI = {
  UPDATE: "sửa lịch",
  NOTIFIED: "thông báo cho đơn vị",
  IN_PROGRESS: "bắt đầu kiểm tra",
  CANCELLED: "hủy",
} as const;

/** The visit is not at a step from which this move is allowed (the domain's VISIT_TRANSITIONS). */
export class VisitStepError extends AppError {
  constructor(
    readonly status: VisitStatus,
    readonly step: keyof typeof STEP_VI,
  ) {
    super(`Cuộc kiểm tra ${STATUS_VI[status]}: không thể ${STEP_VI[step]}.`, "VISIT_STEP_NOT_ALLOWED");
  }
}

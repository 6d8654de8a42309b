// Expected failures of business operations: each a message for the person (Vietnamese) and a stable
// code the admin translates. The API turns them into union results; scripts print them.
import type { DenyReason, InputProblem } from "@cchc/domain";

/** An expected failure with a message for the person (Vietnamese) and a stable machine code. */
export class AppError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export type FieldProblem = InputProblem;

/** Input a person can correct: every problem, each under the field it belongs to. */
export class ValidationError extends AppError {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => p.message).join(" "), "VALIDATION_FAILED");
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(`Không tìm thấy ${what}.`, "NOT_FOUND");
  }
}

const DENIED: Record<DenyReason, string> = {
  NOT_SIGNED_IN: "Bạn cần đăng nhập để tiếp tục.",
  YEAR_PUBLISHED: "Năm đánh giá đã công bố kết quả: dữ liệu chỉ được xem, không được sửa.",
  NOT_YOUR_UNIT: "Bạn chỉ được thao tác trên hồ sơ của đơn vị mình.",
  NOT_ON_TEAM: "Bạn không thuộc đoàn kiểm tra của cuộc kiểm tra này.",
  ROLE: "Bạn không có quyền thực hiện thao tác này.",
};

/** The viewer may not do this to this record; `reason` says why (the domain's `decide`). */
export class ForbiddenError extends AppError {
  constructor(readonly reason: DenyReason) {
    super(DENIED[reason], reason === "NOT_SIGNED_IN" ? "UNAUTHENTICATED" : "FORBIDDEN");
  }
}

/**
 * Someone changed the record since the person loaded it: nothing was written. `currentId` names the
 * record so the client can show its current values and let the person decide again.
 */
export class ConflictError extends AppError {
  constructor(
    readonly entity: string,
    readonly currentId: string,
    readonly currentVersion: number,
  ) {
    super("Dữ liệu đã được người khác cập nhật sau khi bạn mở. Hãy xem giá trị hiện tại rồi thử lại.", "CONFLICT");
  }
}

export class InvalidCredentialsError extends AppError {
  constructor() {
    super("Email hoặc mật khẩu không đúng.", "INVALID_CREDENTIALS");
  }
}

/** The stage in which this may be written is not open (for this unit), or the results are locked. */
export class StageClosedError extends AppError {
  constructor(
    readonly stages: readonly string[],
    readonly locked: boolean,
  ) {
    super(
      locked
        ? "Kết quả năm đánh giá đã khóa: không thể sửa điểm."
        : "Ngoài thời hạn của giai đoạn này. Phòng Nội vụ có thể mở lại cho đơn vị (có ghi lý do).",
      locked ? "RESULTS_LOCKED" : "STAGE_CLOSED",
    );
  }
}

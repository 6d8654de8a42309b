// The registration's way through Home Affairs: DRAFT → SUBMITTED → ACCEPTED, or RETURNED with a
// comment → (the officer fixes it) → SUBMITTED again. The officer edits only a DRAFT or RETURNED one;
// Home Affairs decides only on a SUBMITTED one. The total is the sum of the items' budgets (bigint
// đồng), written out in Vietnamese words for "Tổng kinh phí (Bằng chữ)".
import { RegistrationStatus } from '../enums';
import { vndToWords } from '../money/vnd-to-words';

export type RegistrationMove = 'submit' | 'accept' | 'return';

const FROM: Record<RegistrationMove, readonly RegistrationStatus[]> = {
  submit: [RegistrationStatus.DRAFT, RegistrationStatus.RETURNED],
  accept: [RegistrationStatus.SUBMITTED],
  return: [RegistrationStatus.SUBMITTED],
};

const TO: Record<RegistrationMove, RegistrationStatus> = {
  submit: RegistrationStatus.SUBMITTED,
  accept: RegistrationStatus.ACCEPTED,
  return: RegistrationStatus.RETURNED,
};

/** Whether the officer may change the items (add, edit, delete, move). */
export function registrationEditable(status: RegistrationStatus): boolean {
  return status === RegistrationStatus.DRAFT || status === RegistrationStatus.RETURNED;
}

export interface RegistrationMoveProblem {
  field: string;
  code: 'WRONG_STATUS' | 'NO_ITEMS' | 'COMMENT_REQUIRED';
  message: string;
}

const STATUS_VI: Record<RegistrationStatus, string> = {
  DRAFT: 'đang soạn',
  SUBMITTED: 'đã gửi, chờ Phòng Nội vụ xem xét',
  ACCEPTED: 'đã được chấp thuận',
  RETURNED: 'đã bị trả lại',
};

export function registrationStatusVi(status: RegistrationStatus): string {
  return STATUS_VI[status];
}

/**
 * The status after a move, or the problems that refuse it: a submission needs at least one item;
 * a return needs Home Affairs' comment (what to fix).
 */
export function registrationMove(
  status: RegistrationStatus,
  move: RegistrationMove,
  facts: { itemCount?: number; comment?: string | null } = {},
): { status: RegistrationStatus } | { problems: RegistrationMoveProblem[] } {
  if (!FROM[move].includes(status)) {
    return {
      problems: [
        {
          field: 'id',
          code: 'WRONG_STATUS',
          message: `Không thể thực hiện: bản đăng ký ${STATUS_VI[status]}.`,
        },
      ],
    };
  }
  const problems: RegistrationMoveProblem[] = [];
  if (move === 'submit' && (facts.itemCount ?? 0) === 0) {
    problems.push({ field: 'id', code: 'NO_ITEMS', message: 'Bản đăng ký chưa có nội dung công việc nào.' });
  }
  if (move === 'return' && !facts.comment?.trim()) {
    problems.push({ field: 'comment', code: 'COMMENT_REQUIRED', message: 'Cần ghi ý kiến khi trả lại bản đăng ký.' });
  }
  return problems.length ? { problems } : { status: TO[move] };
}

/** The total budget of the items and the amount in words ("Tổng kinh phí (Bằng chữ): …"). */
export function registrationTotal(items: ReadonlyArray<{ budgetVnd: bigint }>): { totalVnd: bigint; words: string } {
  const totalVnd = items.reduce((sum, item) => sum + item.budgetVnd, 0n);
  return { totalVnd, words: vndToWords(totalVnd) };
}

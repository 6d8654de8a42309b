import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import { requestErrorMessage } from '../form/server-problems';
import { Dialog } from '../form/dialog';
import {
  ForbiddenErrorFields,
  NotFoundErrorFields,
  StageClosedErrorFields,
  ValidationErrorFields,
} from '../form/error-fragments';

export const SubmitUnitStageMutation = graphql(
  `
  mutation SubmitUnitStage($input: SubmitUnitStageInput!) {
    submitUnitStage(input: $input) {
      __typename
      ... on SubmitUnitStageSuccess {
        submission {
          stage
          submittedAt
          submittedByName
        }
      }
      ...ValidationErrorFields
      ...StageClosedErrorFields
      ...ForbiddenErrorFields
      ...NotFoundErrorFields
    }
  }
`,
  [ValidationErrorFields, ForbiddenErrorFields, NotFoundErrorFields, StageClosedErrorFields],
);

/** What a submission answered: done, the leaves still missing something, or why it was refused. */
export type SubmitOutcome =
  | { kind: 'done'; submittedAt: string; submittedByName: string | null }
  | { kind: 'problems'; problems: { field: string; code: string; message: string }[] }
  | { kind: 'refused'; message: string };

/**
 * "Nộp bản tự đánh giá" (or the explanation): asks once more, with what submitting means (read-only
 * afterwards unless Home Affairs reopens it) and the progress, then submits.
 */
export function SubmitStageDialog({
  yearId,
  unitId,
  stage,
  unitName,
  progress,
  onClose,
  onOutcome,
}: {
  yearId: string;
  unitId: string;
  stage: 'SELF_ASSESSMENT' | 'EXPLANATION';
  unitName: string;
  progress: string;
  onClose: () => void;
  onOutcome: (outcome: SubmitOutcome) => void;
}) {
  const { t } = useTranslation();
  const [{ fetching: sending }, submit] = useMutation(SubmitUnitStageMutation);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);

  const send = async () => {
    const result = await submit({ input: { yearId, unitId, stage } });
    const payload = result.data?.submitUnitStage;
    if (result.error || !payload) {
      onOutcome({
        kind: 'refused',
        message: t('selfAssessment.submit.failed', {
          message: result.error ? requestErrorMessage(result.error) : '',
        }),
      });
      return;
    }
    switch (payload.__typename) {
      case 'SubmitUnitStageSuccess':
        onOutcome({
          kind: 'done',
          submittedAt: payload.submission.submittedAt,
          submittedByName: payload.submission.submittedByName,
        });
        return;
      case 'ValidationError':
        onOutcome(
          payload.problems.length > 0
            ? { kind: 'problems', problems: [...payload.problems] }
            : { kind: 'refused', message: payload.message },
        );
        return;
      case 'ForbiddenError':
        onOutcome({
          kind: 'refused',
          message: t(`problems.denied.${payload.reason}`, { defaultValue: payload.message }),
        });
        return;
      default:
        onOutcome({ kind: 'refused', message: payload.message });
    }
  };

  return (
    <Dialog
      title={t(`selfAssessment.submit.title.${stage}`)}
      onRequestClose={() => {
        if (!sending) onClose();
      }}
    >
      <div className="confirm" role="alert">
        <p>{t(`selfAssessment.submit.question.${stage}`, { unit: unitName })}</p>
        <p>{progress}</p>
      </div>
      <div className="dialog-actions">
        <button type="button" ref={confirmRef} className="primary" disabled={sending} onClick={() => void send()}>
          {sending ? t('selfAssessment.submit.sending') : t('selfAssessment.submit.confirm')}
        </button>
        <button type="button" disabled={sending} onClick={onClose}>
          {t('selfAssessment.submit.back')}
        </button>
      </div>
    </Dialog>
  );
}

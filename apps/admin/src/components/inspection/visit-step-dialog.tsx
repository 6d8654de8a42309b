import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../graphql';
import { Dialog } from '../form/dialog';
import { ConfirmStep } from '../form/form-actions';

/**
 * What a step changes on the visit page: the step, when it was taken and the buttons the server now
 * allows. Returned by each step's mutation so the page's cache updates them together (the step's
 * badge never shows beside the previous step's buttons while the page is read again).
 */
export const VisitStepState_InspectionVisitFragment = graphql(`
  fragment VisitStepState_InspectionVisit on InspectionVisit @_unmask {
    id
    version
    status
    notifiedAt
    startedAt
    concludedAt
    cancelReason
    viewerCanUpdate
    viewerCanNotify
    viewerCanStart
    viewerCanCancel
  }
`);

export const NotifyInspectionVisitMutation = graphql(
  `
  mutation NotifyInspectionVisit($input: MoveInspectionVisitInput!) {
    notifyInspectionVisit(input: $input) {
        __typename
        ... on InspectionVisitSuccess {
          visit {
            ...VisitStepState_InspectionVisit
          }
        }
        ... on Error {
          message
          code
        }
    }
  }
`,
  [VisitStepState_InspectionVisitFragment],
);

export const StartInspectionVisitMutation = graphql(
  `
  mutation StartInspectionVisit($input: MoveInspectionVisitInput!) {
    startInspectionVisit(input: $input) {
        __typename
        ... on InspectionVisitSuccess {
          visit {
            ...VisitStepState_InspectionVisit
          }
        }
        ... on Error {
          message
          code
        }
    }
  }
`,
  [VisitStepState_InspectionVisitFragment],
);

export const CancelInspectionVisitMutation = graphql(
  `
  mutation CancelInspectionVisit($input: CancelInspectionVisitInput!) {
    cancelInspectionVisit(input: $input) {
        __typename
        ... on InspectionVisitSuccess {
          visit {
            ...VisitStepState_InspectionVisit
          }
        }
        ... on Error {
          message
          code
        }
    }
  }
`,
  [VisitStepState_InspectionVisitFragment],
);

export type VisitStep = 'notify' | 'start' | 'cancel';

/**
 * A step of a visit, asked once more before it is sent: "Thông báo cho đơn vị", "Bắt đầu kiểm tra", or
 * "Hủy cuộc kiểm tra" with a reason (required). The server's refusal (a step out of order, a newer
 * version) is shown in the dialog.
 */
export function VisitStepDialog({
  step,
  visit,
  onClose,
  onDone,
}: {
  step: VisitStep;
  visit: { id: string; version: number; unitName: string; when: string };
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(step !== 'cancel');
  const [error, setError] = useState<string | null>(null);
  const [{ fetching: notifying }, notify] = useMutation(NotifyInspectionVisitMutation);
  const [{ fetching: starting }, start] = useMutation(StartInspectionVisitMutation);
  const [{ fetching: cancelling }, cancel] = useMutation(CancelInspectionVisitMutation);
  const sending = notifying || starting || cancelling;

  const send = async () => {
    setError(null);
    const base = { id: visit.id, version: visit.version };
    const result =
      step === 'notify'
        ? await notify({ input: base })
        : step === 'start'
          ? await start({ input: base })
          : await cancel({ input: { ...base, reason } });
    const data = result.data as Record<string, { __typename: string; message?: string } | undefined> | undefined;
    const answer = data ? Object.values(data)[0] : undefined;
    if (!answer) return setError(t('inspectionVisits.failed', { message: result.error?.message ?? '' }));
    if (answer.__typename === 'InspectionVisitSuccess') return onDone(t(`inspectionVisits.steps.${step}.done`));
    setConfirming(step !== 'cancel');
    setError(answer.message ?? answer.__typename);
  };

  return (
    <Dialog title={t(`inspectionVisits.steps.${step}.title`)} onRequestClose={() => (sending ? undefined : onClose())}>
      {error ? (
        <div className="form-error" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      {confirming ? (
        <ConfirmStep
          question={t(`inspectionVisits.steps.${step}.question`, { unit: visit.unitName, when: visit.when })}
          confirm={t(`inspectionVisits.steps.${step}.confirm`)}
          sending={sending}
          onConfirm={() => void send()}
          onBack={() => (step === 'cancel' ? setConfirming(false) : onClose())}
        />
      ) : (
        <form
          className="dialog-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.trim()) return setReasonError(t('inspectionVisits.problems.REASON_REQUIRED'));
            setReasonError(null);
            setConfirming(true);
          }}
        >
          <div className="field">
            <label htmlFor={reasonId}>{t('inspectionVisits.cancelReason')}</label>
            <textarea
              id={reasonId}
              rows={3}
              value={reason}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? `${reasonId}-error` : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
            {reasonError ? (
              <p id={`${reasonId}-error`} className="field-error">
                {reasonError}
              </p>
            ) : null}
          </div>
          <div className="dialog-actions">
            <button type="submit" className="primary">
              {t('inspectionVisits.steps.cancel.next')}
            </button>
            <button type="button" onClick={onClose}>
              {t('inspectionVisits.cancelForm')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../form/dialog';
import { Field } from '../form/field';
import { ConfirmStep, FormActions } from '../form/form-actions';
import { FormError } from '../form/form-error';
import {
  AcceptRegistrationMutation,
  answerText,
  ReturnRegistrationMutation,
  SubmitRegistrationMutation,
} from './registration-mutations';

type Answer = { __typename: string; message?: string; code?: string; problems?: ReadonlyArray<{ message: string }> };

/**
 * "Gửi Phòng Nội vụ": the names for the signature blocks ("Người lập biểu", "Thủ trưởng cơ quan,
 * đơn vị"), then a confirmation (it cannot be changed while Home Affairs reviews it).
 */
export function SubmitRegistrationDialog({
  registration,
  onClose,
  onDone,
}: {
  registration: { id: string; version: number; preparerName: string | null; headName: string | null; total: string };
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [preparerName, setPreparer] = useState(registration.preparerName ?? '');
  const [headName, setHead] = useState(registration.headName ?? '');
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [{ fetching }, submit] = useMutation(SubmitRegistrationMutation);
  const send = async () => {
    const r = await submit({
      input: {
        id: registration.id,
        version: registration.version,
        preparerName: preparerName || null,
        headName: headName || null,
      },
    });
    setConfirming(false);
    const a = r.data?.submitRegistration as Answer | undefined;
    if (r.error || !a) return setErrors([t('registration.failed', { message: r.error?.message ?? '' })]);
    if (a.__typename === 'RegistrationSuccess') return onDone(t('registration.submit.done'));
    setErrors([answerText(t, a)]);
  };
  return (
    <Dialog title={t('registration.submit.title')} onRequestClose={() => (fetching ? undefined : onClose())}>
      <form
        className="dialog-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setConfirming(true);
        }}
      >
        <FormError messages={errors} />
        <Field label={t('registration.submit.preparer')}>
          {(c) => (
            <input {...c} value={preparerName} readOnly={confirming} onChange={(e) => setPreparer(e.target.value)} />
          )}
        </Field>
        <Field label={t('registration.submit.head')}>
          {(c) => <input {...c} value={headName} readOnly={confirming} onChange={(e) => setHead(e.target.value)} />}
        </Field>
        {confirming ? (
          <ConfirmStep
            question={t('registration.submit.confirm', { total: registration.total })}
            confirm={t('registration.submit.send')}
            sending={fetching}
            onConfirm={() => void send()}
            onBack={() => setConfirming(false)}
          />
        ) : (
          <FormActions
            submit={t('registration.submit.next')}
            cancel={t('registration.cancel')}
            saving={t('registration.saving')}
            sending={fetching}
            onCancel={onClose}
          />
        )}
      </form>
    </Dialog>
  );
}

/**
 * Home Affairs decides on a submitted registration: accept (an optional comment) or return (a
 * comment saying what to fix is required), each after a confirmation.
 */
export function ReviewRegistrationDialog({
  registration,
  decision,
  onClose,
  onDone,
}: {
  registration: { id: string; version: number; unitName: string };
  decision: 'accept' | 'return';
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [commentError, setCommentError] = useState<string | undefined>();
  const [{ fetching: accepting }, accept] = useMutation(AcceptRegistrationMutation);
  const [{ fetching: returning }, ret] = useMutation(ReturnRegistrationMutation);
  const fetching = accepting || returning;
  const send = async () => {
    const input = { id: registration.id, version: registration.version, comment: comment.trim() || null };
    const r = decision === 'accept' ? await accept({ input }) : await ret({ input });
    setConfirming(false);
    const data = r.data as Record<string, Answer | undefined> | undefined;
    const a = data?.[decision === 'accept' ? 'acceptRegistration' : 'returnRegistration'];
    if (r.error || !a) return setErrors([t('registration.failed', { message: r.error?.message ?? '' })]);
    if (a.__typename === 'RegistrationSuccess') {
      return onDone(t(`registration.review.${decision}Done`, { unit: registration.unitName }));
    }
    setErrors([answerText(t, a)]);
  };
  return (
    <Dialog
      title={t(`registration.review.${decision}Title`, { unit: registration.unitName })}
      onRequestClose={() => (fetching ? undefined : onClose())}
    >
      <form
        className="dialog-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (decision === 'return' && !comment.trim()) {
            setCommentError(t('registration.review.commentRequired'));
            return;
          }
          setCommentError(undefined);
          setConfirming(true);
        }}
      >
        <FormError messages={errors} />
        <Field
          label={t(decision === 'return' ? 'registration.review.commentReturn' : 'registration.review.commentAccept')}
          error={commentError}
        >
          {(c) => (
            <textarea
              {...c}
              rows={4}
              value={comment}
              readOnly={confirming}
              onChange={(e) => setComment(e.target.value)}
            />
          )}
        </Field>
        {confirming ? (
          <ConfirmStep
            question={t(`registration.review.${decision}Confirm`, { unit: registration.unitName })}
            confirm={t(`registration.review.${decision}`)}
            sending={fetching}
            onConfirm={() => void send()}
            onBack={() => setConfirming(false)}
          />
        ) : (
          <FormActions
            submit={t(`registration.review.${decision}`)}
            cancel={t('registration.cancel')}
            saving={t('registration.saving')}
            sending={fetching}
            onCancel={onClose}
          />
        )}
      </form>
    </Dialog>
  );
}

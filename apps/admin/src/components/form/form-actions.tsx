import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** A form's submit and cancel buttons (the account forms' words unless told). */
export function FormActions({
  submit,
  sending,
  disabled = false,
  onCancel,
  saving,
  cancel,
}: {
  submit: React.ReactNode;
  sending: boolean;
  /** Submitting is not possible now (besides while sending). */
  disabled?: boolean;
  onCancel: () => void;
  saving?: React.ReactNode;
  cancel?: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="dialog-actions">
      <button type="submit" className="primary" disabled={sending || disabled}>
        {sending ? (saving ?? t('users.saving')) : submit}
      </button>
      <button type="button" disabled={sending} onClick={onCancel}>
        {cancel ?? t('users.cancel')}
      </button>
    </div>
  );
}

/**
 * A step asking once more before sending: an alert with the question, focus on the confirming
 * button when it shows, and a way back to the form.
 */
export function ConfirmStep({
  question,
  confirm,
  sending,
  onConfirm,
  onBack,
}: {
  question: React.ReactNode;
  confirm: React.ReactNode;
  sending: boolean;
  onConfirm: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    confirmRef.current?.focus();
  }, []);
  return (
    <div className="confirm" role="alert">
      <p>{question}</p>
      <div className="dialog-actions">
        <button type="button" ref={confirmRef} className="primary" disabled={sending} onClick={onConfirm}>
          {confirm}
        </button>
        <button type="button" disabled={sending} onClick={onBack}>
          {t('users.back')}
        </button>
      </div>
    </div>
  );
}

import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Khôi phục ngày theo kế hoạch" with its confirmation step: focus goes to the safe choice ("Hủy")
 * when the step opens, and back to the button when it is left.
 */
export function PlanTaskResetTiming({
  confirming,
  sending,
  onAsk,
  onCancel,
  onConfirm,
}: {
  confirming: boolean;
  sending: boolean;
  onAsk: () => void;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const promptId = useId();
  const resetRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const shown = useRef(false);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (shown.current) resetRef.current?.focus();
    shown.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <button type="button" ref={resetRef} className="link-button" disabled={sending} onClick={onAsk}>
        {t('plan.edit.reset')}
      </button>
    );
  }
  return (
    <fieldset className="confirm" aria-labelledby={promptId}>
      <p id={promptId}>{t('plan.edit.resetConfirm')}</p>
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={sending} onClick={onConfirm}>
          {sending ? t('plan.edit.saving') : t('plan.edit.confirm')}
        </button>
        <button type="button" ref={cancelRef} disabled={sending} onClick={onCancel}>
          {t('plan.edit.cancel')}
        </button>
      </div>
    </fieldset>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../graphql';
import { Dialog } from './form/dialog';
import { FormError } from './form/form-error';
import { requestErrorMessage } from './form/server-problems';

export const LogOutEverywhereMutation = graphql(`
  mutation LogOutEverywhere {
    logOutEverywhere
  }
`);

/**
 * "Đăng xuất khỏi mọi thiết bị": every session of the person ends, this one included; after the
 * confirmation the app goes to the login page (the owner does, from `onDone`).
 */
export function LogOutEverywhereDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [{ fetching: sending }, logOutEverywhere] = useMutation(LogOutEverywhereMutation);
  const [failure, setFailure] = useState<string | null>(null);

  const confirm = async () => {
    setFailure(null);
    const result = await logOutEverywhere({});
    if (result.error || typeof result.data?.logOutEverywhere !== 'number') {
      setFailure(
        t('account.logOutEverywhereFailed', { message: result.error ? requestErrorMessage(result.error) : '' }),
      );
      return;
    }
    onDone();
  };

  return (
    <Dialog title={t('account.logOutEverywhere')} onRequestClose={() => (sending ? undefined : onClose())}>
      <div className="dialog-form">
        <FormError messages={failure ? [failure] : []} />
        <p>{t('account.logOutEverywhereConfirm')}</p>
        <div className="dialog-actions">
          <button type="button" className="primary" disabled={sending} onClick={() => void confirm()}>
            {sending ? t('app.loggingOut') : t('account.logOutEverywhereSubmit')}
          </button>
          <button type="button" disabled={sending} onClick={onClose}>
            {t('users.cancel')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

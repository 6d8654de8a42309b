import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="status status-loading" role="status" aria-live="polite">
      {t('app.loading')}
    </p>
  );
}

export function ErrorMessage({ error, onRetry }: { error: CombinedError | Error; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message =
    'graphQLErrors' in error && error.graphQLErrors.length > 0
      ? error.graphQLErrors.map((e) => e.message).join('; ')
      : 'networkError' in error && error.networkError
        ? error.networkError.message
        : error.message;
  return (
    <div className="status status-error" role="alert">
      <p>{t('app.error', { message })}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function EmptyState({ children }: { children: React.ReactNode }) {
  return <p className="status status-empty">{children}</p>;
}

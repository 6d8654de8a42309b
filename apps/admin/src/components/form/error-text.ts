import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/**
 * The words of a field's error. The form's own checks give i18n keys (translated here); errors set
 * with type "server" already carry their text (translated from the server's problem code, or the
 * server's message).
 */
export function useErrorText(): (error: FieldError | undefined) => string | undefined {
  const { t } = useTranslation();
  return (error) => {
    if (!error?.message) return undefined;
    return error.type === 'server' ? error.message : t(error.message);
  };
}

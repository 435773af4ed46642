import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** The translated message for an API error code; the server's own message is never shown. */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  return (error: unknown) => {
    const code = error instanceof ApiError ? error.code : 'internal_error';
    return i18n.exists(`errors.${code}`) ? t(`errors.${code}`) : t('errors.unknown');
  };
}

export function ErrorMessage({ error, id }: { error: unknown; id?: string }) {
  const errorText = useErrorText();
  return (
    <p className="message message--error" role="alert" id={id}>
      {errorText(error)}
    </p>
  );
}

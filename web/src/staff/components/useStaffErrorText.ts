import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';

/** The API's error code in words: the staff tools' own texts first, then the shared ones. */
export function useStaffErrorText() {
  const { t, i18n } = useTranslation('staff');
  return (error: unknown): string => {
    const code = error instanceof ApiError ? error.code : 'internal_error';
    if (i18n.exists(`staff:errors.${code}`)) return t(`errors.${code}`);
    if (i18n.exists(`translation:errors.${code}`)) return t(`translation:errors.${code}`);
    return t('translation:errors.unknown');
  };
}

export const errorCode = (error: unknown) => (error instanceof ApiError ? error.code : 'internal_error');

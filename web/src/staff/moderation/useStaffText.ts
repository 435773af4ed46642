import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { LOCALES } from '../../i18n/langs';
import { useLang } from '../../i18n/LangContext';
import { NS } from './i18n';

/**
 * The moderation namespace's `t`, plus what every staff page needs: API error codes in words
 * (the staff ones first, then the participant app's), and dates and numbers in the UI's locale.
 */
export function useStaffText() {
  const { t, i18n } = useTranslation(NS);
  const lang = useLang();
  const locale = LOCALES[lang];
  const errorText = useCallback(
    (error: unknown) => {
      const code = error instanceof ApiError ? error.code : 'internal_error';
      if (i18n.exists(`errors.${code}`, { ns: NS })) return t(`errors.${code}`);
      if (i18n.exists(`errors.${code}`, { ns: 'translation' })) return t(`errors.${code}`, { ns: 'translation' });
      return t('errors.unknown');
    },
    [t, i18n],
  );
  const dateTime = useCallback(
    (iso: string | null | undefined) =>
      iso
        ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Helsinki' }).format(
            new Date(iso),
          )
        : '',
    [locale],
  );
  const number = useCallback((n: number) => new Intl.NumberFormat(locale).format(n), [locale]);
  return { t, lang, locale, errorText, dateTime, number };
}

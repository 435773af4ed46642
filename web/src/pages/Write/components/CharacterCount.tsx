import { useTranslation } from 'react-i18next';

/** Share of the limit left at which the count starts to speak up. */
const NEAR = 0.1;

/**
 * The live count against the limit. Screen readers hear it when they reach the text box (it
 * describes it) and, politely, only when the text nears or passes the limit.
 */
export function CharacterCount({ length, max, id }: { length: number; max: number; id: string }) {
  const { t } = useTranslation();
  const left = max - length;
  const band = left < 0 ? 'over' : left <= Math.max(5, Math.round(max * NEAR)) ? 'near' : 'ok';
  const warning = band === 'over' ? t('write.tooLong', { count: -left }) : band === 'near' ? t('write.remaining', { count: left }) : '';
  return (
    <div className={`char-count char-count--${band}`}>
      <p id={id}>
        {t('write.count', { count: length, max })}
        {warning && <span className="char-count__warning"> – {warning}</span>}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {band === 'ok' ? '' : band === 'over' ? t('write.overLimit') : t('write.nearLimit')}
      </p>
    </div>
  );
}

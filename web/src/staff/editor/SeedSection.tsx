import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../api/types';
import { useAnnounce } from '../../components/Announcer';
import { staffApi, type StaffConversation } from '../api';
import { useStaffErrorText } from '../components/useStaffErrorText';
import { parseSeedPaste } from '../lib/seed-paste';
import { useStaff } from '../StaffContext';

/**
 * Seed statements pasted in bulk: a box per language, one statement per line; the same line in
 * another language's box is its translation.
 */
export function SeedSection({ conversation }: { conversation: StaffConversation }) {
  const { t } = useTranslation('staff');
  const announce = useAnnounce();
  const errorText = useStaffErrorText();
  const { session } = useStaff();
  const languages = conversation.languages;
  const [main, setMain] = useState<Lang>(languages[0] ?? 'fi');
  const [boxes, setBoxes] = useState<Partial<Record<Lang, string>>>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const ordered = [main, ...languages.filter((l) => l !== main)];
  const maxLength = conversation.settings.statementMaxLength;
  const languageKey = languages.join();
  const parsed = useMemo(
    () => parseSeedPaste(main, Object.fromEntries(languageKey.split(',').map((l) => [l, boxes[l as Lang] ?? ''])), maxLength),
    [main, boxes, maxLength, languageKey],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setMessage(null);
    if (parsed.statements.length === 0) return setMessage({ kind: 'error', text: t('seed.nothing') });
    if (parsed.problems.length > 0) return setMessage({ kind: 'error', text: t('seed.fixProblems') });
    setBusy(true);
    try {
      const result = await staffApi.addSeedStatements(session, conversation.id, parsed.statements);
      const text = t('seed.added', { count: result.statements.length });
      setBoxes({});
      setMessage({ kind: 'success', text });
      announce(text);
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  const langName = (l: Lang) => t(`languages.${l}`);
  const langIn = (l: Lang) => t(`languagesIn.${l}`);
  return (
    <section className="editor__section card" aria-labelledby="seed-title">
      <h2 id="seed-title">{t('seed.title')}</h2>
      <p>{t('seed.intro')}</p>
      <form className="staff-form" onSubmit={submit} noValidate>
        {languages.length > 1 && (
          <div className="field">
            <label htmlFor="seed-main" className="field__label">
              {t('seed.mainLanguage')}
            </label>
            <select id="seed-main" value={main} onChange={(e) => setMain(e.target.value as Lang)}>
              {languages.map((l) => (
                <option key={l} value={l}>
                  {langName(l)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="seed-boxes">
          {ordered.map((l, i) => (
            <div className="field" key={l}>
              <label htmlFor={`seed-${l}`} className="field__label">
                {i === 0 ? t('seed.statementsIn', { language: langIn(l) }) : t('seed.translationsIn', { language: langIn(l) })}
              </label>
              <p className="field__hint" id={`seed-${l}-hint`}>
                {i === 0 ? t('seed.mainHint') : t('seed.translationHint', { language: langIn(main) })}
              </p>
              <textarea
                id={`seed-${l}`}
                className="field__input seed-box"
                lang={l}
                rows={8}
                wrap="off"
                value={boxes[l] ?? ''}
                aria-describedby={`seed-${l}-hint`}
                onChange={(e) => {
                  const value = e.target.value;
                  setBoxes((b) => ({ ...b, [l]: value }));
                  setMessage(null);
                }}
              />
            </div>
          ))}
        </div>
        <p className="seed-count" aria-live="polite">
          {t('seed.count', { count: parsed.statements.length })}
        </p>
        {parsed.problems.length > 0 && (
          <ul className="message message--warning seed-problems">
            {parsed.problems.map((p, i) => (
              <li key={i}>
                {p.kind === 'too_long'
                  ? t('seed.tooLong', { line: p.line, language: langName(p.lang), length: p.length, max: conversation.settings.statementMaxLength })
                  : t('seed.orphan', { line: p.line, language: langName(p.lang) })}
              </li>
            ))}
          </ul>
        )}
        {parsed.statements.length > 0 && (
          <details className="disclosure">
            <summary>{t('seed.preview')}</summary>
            <ol className="disclosure__body seed-preview">
              {parsed.statements.map((s, i) => (
                <li key={i}>
                  <span lang={s.lang}>{s.text}</span>
                  {Object.entries(s.translations ?? {}).map(([l, text]) => (
                    <span key={l} className="seed-preview__translation">
                      <span className="seed-preview__lang">{langName(l as Lang)}:</span> <span lang={l}>{text}</span>
                    </span>
                  ))}
                </li>
              ))}
            </ol>
          </details>
        )}
        <div aria-live="polite">{message?.kind === 'success' && <p className="message message--success">{message.text}</p>}</div>
        {message?.kind === 'error' && (
          <p className="message message--error" role="alert">
            {message.text}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
            {t('seed.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

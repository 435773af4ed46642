import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../api/client';
import type { Conversation, Lang, SubmittedStatement } from '../../../api/types';
import { useErrorText } from '../../../components/ErrorMessage';
import { useLang } from '../../../i18n/LangContext';
import { writingLang } from '../../../lib/localized';
import { CharacterCount } from './CharacterCount';
import { DuplicateNotice } from './DuplicateNotice';
import { SimilarStatements } from './SimilarStatements';
import { statementLength } from './statement-length';
import { ThankYou } from './ThankYou';
import { useQuickVotes } from './useQuickVotes';
import { usePublishedStatements } from './usePublishedStatements';
import { useSimilar } from './useSimilar';
import { WritingTips } from './WritingTips';

type Outcome =
  | { kind: 'none' }
  | { kind: 'error'; message: string }
  | { kind: 'duplicate'; statementId: string }
  | { kind: 'sent'; statement: SubmittedStatement };

export function WriteForm({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const lang = useLang();
  const errorText = useErrorText();
  const slug = conversation.id;
  const max = conversation.settings.statementMaxLength;
  const [text, setText] = useState('');
  const [textLang, setTextLang] = useState<Lang>(writingLang(conversation, lang));
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const similar = useSimilar(slug, text, textLang);
  const quick = useQuickVotes(slug);
  const published = usePublishedStatements(slug, similar.length > 0 || outcome.kind === 'duplicate');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const focusHeading = useCallback((element: HTMLHeadingElement | null) => element?.focus(), []);
  const length = statementLength(text);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    if (length === 0 || length > max) {
      setOutcome({ kind: 'error', message: t(length === 0 ? 'errors.statement_empty' : 'errors.statement_too_long') });
      textarea.current?.focus();
      return;
    }
    setSending(true);
    try {
      setOutcome({ kind: 'sent', statement: await api.submitStatement(slug, text, textLang) });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'duplicate_statement' && error.statementId) {
        setOutcome({ kind: 'duplicate', statementId: error.statementId });
      } else {
        setOutcome({ kind: 'error', message: errorText(error) });
        textarea.current?.focus();
      }
    } finally {
      setSending(false);
    }
  };

  if (outcome.kind === 'sent') {
    const writeAnother = () => {
      setText('');
      setOutcome({ kind: 'none' });
      window.setTimeout(() => textarea.current?.focus());
    };
    return <ThankYou slug={slug} statement={outcome.statement} onWriteAnother={writeAnother} focusRef={focusHeading} />;
  }

  const invalid = outcome.kind === 'error' || length > max;
  return (
    <>
      <WritingTips id="writing-tips" />
      <form className="write-form" onSubmit={submit} noValidate>
        <label htmlFor="statement-input" className="write-form__label">
          {t('write.label')}
        </label>
        <textarea
          id="statement-input"
          ref={textarea}
          className="write-form__input"
          value={text}
          lang={textLang}
          rows={4}
          onChange={(e) => {
            setText(e.target.value);
            if (outcome.kind !== 'none') setOutcome({ kind: 'none' });
          }}
          aria-describedby={`statement-count writing-tips${outcome.kind === 'error' ? ' statement-error' : ''}`}
          aria-invalid={invalid || undefined}
        />
        <CharacterCount length={length} max={max} id="statement-count" />
        {conversation.languages.length > 1 && (
          <div className="write-form__lang">
            <label htmlFor="statement-lang">{t('write.languageLabel')}</label>
            <select id="statement-lang" value={textLang} onChange={(e) => setTextLang(e.target.value as Lang)}>
              {conversation.languages.map((l) => (
                <option key={l} value={l}>
                  {t(`languageName.${l}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        {outcome.kind === 'error' && (
          <p className="message message--error" role="alert" id="statement-error">
            {outcome.message}
          </p>
        )}
        {outcome.kind === 'duplicate' && (
          <DuplicateNotice
            statementId={outcome.statementId}
            published={published}
            votes={quick.votes}
            errors={quick.errors}
            onVote={quick.vote}
            focusRef={focusHeading}
          />
        )}
        <SimilarStatements
          similar={outcome.kind === 'duplicate' ? similar.filter((s) => s.statementId !== outcome.statementId) : similar}
          published={published}
          votes={quick.votes}
          errors={quick.errors}
          onVote={quick.vote}
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" aria-disabled={sending || undefined}>
            {sending ? t('write.sending') : t('write.send')}
          </button>
        </div>
      </form>
    </>
  );
}

import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../api/types';
import { useLang } from '../../../i18n/LangContext';
import { canWrite, resultsVisible } from '../../../lib/results';
import { Link } from '../../../router/Link';
import { paths } from '../../../router/routes';

/** Nothing left to vote on: an invitation to write, and the results. */
interface Props {
  conversation: Conversation;
  focusRef: Ref<HTMLHeadingElement>;
  /** Undo of the last vote, when this visit has one. */
  onUndo: (() => void) | null;
}

export function EndOfStatements({ conversation, focusRef, onUndo }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const slug = conversation.id;
  return (
    <section className="card end-card" aria-labelledby="end-title">
      <h2 id="end-title" ref={focusRef} tabIndex={-1}>
        {t('end.title')}
      </h2>
      <p>{t('end.body')}</p>
      {canWrite(conversation) && (
        <div className="end-card__block">
          <p>{t('end.inviteWrite')}</p>
          <Link href={paths.write(lang, slug)} className="button button--primary">
            {t('end.write')}
          </Link>
        </div>
      )}
      <div className="end-card__block">
        {resultsVisible(conversation) ? (
          <Link href={paths.results(lang, slug)} className="button">
            {t('end.results')}
          </Link>
        ) : (
          <p>{conversation.settings.resultsVisibility === 'after' ? t('end.resultsAfter') : t('end.resultsLater')}</p>
        )}
      </div>
      <p>
        <Link href={paths.myVotes(lang, slug)}>{t('end.reviewVotes')}</Link>
      </p>
      {onUndo && (
        <button type="button" className="link-button" onClick={onUndo}>
          {t('vote.undo')}
        </button>
      )}
    </section>
  );
}

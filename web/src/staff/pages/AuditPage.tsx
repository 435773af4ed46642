import { useEffect, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { useLang } from '../../i18n/LangContext';
import type { Loaded } from '../../lib/useConversation';
import { staffApi, type AuditEntry, type AuditLogPage } from '../api';
import { useStaffErrorText } from '../components/useStaffErrorText';
import { detailLines } from '../lib/audit-details';
import { formatHelsinki } from '../lib/helsinki-time';

function Details({ details }: { details: Record<string, unknown> }) {
  const { t, i18n } = useTranslation('staff');
  const lines = detailLines(details);
  if (lines.length === 0) return null;
  const label = (key: string) => (i18n.exists(`staff:audit.detailNames.${key}`) ? t(`audit.detailNames.${key}`) : key);
  const value = (key: string, v: string) => (key === 'reason' && i18n.exists(`staff:reasons.${v}`) ? t(`reasons.${v}`) : v);
  return (
    <dl className="audit-details">
      {lines.map((line) => (
        <div key={line.key}>
          <dt>{label(line.key)}</dt>
          <dd>
            {line.old !== undefined && (
              <>
                <del>{line.old}</del>
                <span className="visually-hidden"> {t('audit.changedTo')} </span>
                <span aria-hidden="true"> → </span>
              </>
            )}
            {value(line.key, line.value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function AuditRow({ entry: e, rowRef }: { entry: AuditEntry; rowRef?: Ref<HTMLTableRowElement> }) {
  const { t, i18n } = useTranslation('staff');
  const lang = useLang();
  const action = (a: string) => (i18n.exists(`staff:audit.actions.${a}`) ? t(`audit.actions.${a}`) : a);
  return (
    <tr ref={rowRef} tabIndex={rowRef ? -1 : undefined}>
      <td className="audit-table__when">
        <time dateTime={e.at}>{formatHelsinki(e.at, lang)}</time>
      </td>
      <td>{e.actorName ?? (e.actorUserId ? e.actorUserId : t('audit.system'))}</td>
      <td>{action(e.action)}</td>
      <td>{e.statementId ? (e.statementText ?? <code>{e.statementId}</code>) : '–'}</td>
      <td>
        {e.oldText === null && e.newText === null ? (
          '–'
        ) : (
          <div className="audit-change">
            {e.oldText !== null && (
              <p>
                <span className="audit-change__label">{t('audit.old')}</span> <del>{e.oldText}</del>
              </p>
            )}
            {e.newText !== null && (
              <p>
                <span className="audit-change__label">{t('audit.new')}</span> <ins>{e.newText}</ins>
              </p>
            )}
          </div>
        )}
      </td>
      <td>
        <Details details={e.details} />
      </td>
    </tr>
  );
}

/**
 * Every moderation and settings action of a conversation: who, when, what, and the texts. The
 * newest page first; older pages are added below on request.
 */
export function AuditPage({ slug }: { slug: string }) {
  const { t } = useTranslation('staff');
  const errorText = useStaffErrorText();
  const [log, setLog] = useState<Loaded<AuditLogPage>>({ status: 'loading' });
  const [older, setOlder] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });
  const [announcement, setAnnouncement] = useState('');
  // The first row of the page just added: focus goes there, as the button may be gone.
  const [focusId, setFocusId] = useState<number | null>(null);
  const firstAdded = useRef<HTMLTableRowElement>(null);
  const region = useRef<HTMLDivElement>(null);
  // Answers that arrive after the page moved to another conversation are dropped.
  const generation = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    setLog({ status: 'loading' });
    setOlder({ busy: false, error: null });
    setAnnouncement('');
    setFocusId(null);
    staffApi.audit(slug).then(
      (value) => mine === generation.current && setLog({ status: 'ready', value }),
      (error: unknown) => mine === generation.current && setLog({ status: 'error', error }),
    );
    return () => {
      generation.current++;
    };
  }, [slug]);

  useEffect(() => {
    if (focusId !== null) firstAdded.current?.focus();
  }, [focusId]);

  async function showOlder() {
    if (log.status !== 'ready' || log.value.nextBefore === null || older.busy) return;
    const mine = generation.current;
    setOlder({ busy: true, error: null });
    setAnnouncement('');
    try {
      const page = await staffApi.audit(slug, log.value.nextBefore);
      if (mine !== generation.current) return;
      setLog((prev) =>
        prev.status === 'ready' ? { status: 'ready', value: { entries: [...prev.value.entries, ...page.entries], nextBefore: page.nextBefore } } : prev,
      );
      setOlder({ busy: false, error: null });
      const end = page.nextBefore === null ? ` ${t('audit.allShown')}` : '';
      setAnnouncement(t('audit.olderAdded', { count: page.entries.length }) + end);
      if (page.entries[0]) setFocusId(page.entries[0].id);
      else region.current?.focus();
    } catch (error) {
      if (mine === generation.current) setOlder({ busy: false, error });
    }
  }

  if (log.status === 'loading') return <Loading />;
  if (log.status === 'error') {
    return (
      <p className="message message--error" role="alert">
        {errorText(log.error)}
      </p>
    );
  }
  const { entries, nextBefore } = log.value;
  if (entries.length === 0) return <p>{t('audit.none')}</p>;
  return (
    <>
      <p className="hint">{t(nextBefore === null ? 'audit.intro' : 'audit.introMore', { count: entries.length })}</p>
      <div className="table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0} ref={region}>
        <table className="staff-table audit-table">
          <caption id="audit-caption">{t('audit.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.what')}</th>
              <th scope="col">{t('audit.statement')}</th>
              <th scope="col">{t('audit.change')}</th>
              <th scope="col">{t('audit.details')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <AuditRow key={e.id} entry={e} rowRef={e.id === focusId ? firstAdded : undefined} />
            ))}
          </tbody>
        </table>
      </div>
      <div id="audit-announcement" className="visually-hidden" aria-live="polite">
        {announcement}
      </div>
      {older.error !== null && (
        <p className="message message--error" role="alert">
          {errorText(older.error)}
        </p>
      )}
      {nextBefore !== null && (
        <div className="button-row">
          <button type="button" className="button" aria-disabled={older.busy || undefined} onClick={() => void showOlder()}>
            {t('audit.showOlder')}
          </button>
        </div>
      )}
    </>
  );
}

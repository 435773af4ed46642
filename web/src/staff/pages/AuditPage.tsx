import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { useLang } from '../../i18n/LangContext';
import type { Loaded } from '../../lib/useConversation';
import { staffApi, type AuditEntry } from '../api';
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

/** Every moderation and settings action of a conversation: who, when, what, and the texts. */
export function AuditPage({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation('staff');
  const lang = useLang();
  const errorText = useStaffErrorText();
  const [entries, setEntries] = useState<Loaded<AuditEntry[]>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    staffApi.audit(slug).then(
      (value) => live && setEntries({ status: 'ready', value: [...value].sort((a, b) => b.at.localeCompare(a.at)) }),
      (error: unknown) => live && setEntries({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [slug]);

  if (entries.status === 'loading') return <Loading />;
  if (entries.status === 'error') {
    return (
      <p className="message message--error" role="alert">
        {errorText(entries.error)}
      </p>
    );
  }
  if (entries.value.length === 0) return <p>{t('audit.none')}</p>;
  const action = (a: string) => (i18n.exists(`staff:audit.actions.${a}`) ? t(`audit.actions.${a}`) : a);
  return (
    <>
      <p className="hint">{t('audit.intro', { count: entries.value.length })}</p>
      <div className="table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
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
            {entries.value.map((e, i) => (
              <tr key={`${e.at}-${i}`}>
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
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

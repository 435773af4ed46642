import '../../styles/staff-moderation.css';
import './i18n';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { navigate, usePathnameWithSearch } from '../../router/location';
import type { StaffSession } from '../http';
import { moderationApi } from './api';
import { DecidedItem, decidedId } from './components/DecidedItem';
import type { Rejection } from './components/RejectForm';
import { excerpt, focusAfterRemoval } from './focus-after';
import { DECIDED_STATUSES, type DecidedStatus, type DecisionBody } from './types';
import { useDecided } from './useDecided';
import { useStaffConversation } from './useStaffConversation';
import { useStaffText } from './useStaffText';

const LIST_ID = 'decided-list-heading';
const isDecidedStatus = (s: string | null): s is DecidedStatus => DECIDED_STATUSES.includes(s as DecidedStatus);

/** Published, rejected and withdrawn statements: why, by whom, when; undo, and withdraw. */
export default function DecidedPage({ slug, session }: { slug: string; session: StaffSession }) {
  const { t, errorText, number } = useStaffText();
  const announce = useAnnounce();
  const api = useMemo(() => moderationApi(slug, session), [slug, session]);
  const { languages } = useStaffConversation(api);
  const { lists, error, reload } = useDecided(api);
  const location = usePathnameWithSearch();
  const [path, query = ''] = location.split('?');
  const requested = new URLSearchParams(query).get('status');
  const status: DecidedStatus = isDecidedStatus(requested) ? requested : 'published';
  const [busy, setBusy] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [focusRequest, setFocusRequest] = useState<{ id: string | null; n: number } | null>(null);
  const handledHash = useRef('');

  const statements = lists?.byStatus[status] ?? [];
  const hrefTo = (id: string) => {
    const s = lists?.byId.get(id);
    return s ? `${path}?status=${s.status}#${decidedId(id)}` : null;
  };

  // A link to a statement on this page (a duplicate's original) brings focus to it.
  useEffect(() => {
    const hash = window.location.hash.slice(1);
    if (!lists || !hash || handledHash.current === location + hash) return;
    const target = document.getElementById(hash);
    if (target) {
      handledHash.current = location + hash;
      target.focus();
    }
  }, [lists, location]);

  useEffect(() => {
    if (focusRequest) document.getElementById(focusRequest.id ? decidedId(focusRequest.id) : LIST_ID)?.focus();
  }, [focusRequest]);

  const act = async (id: string, body: Omit<DecisionBody, 'statementIds'>, message: string) => {
    setBusy(id);
    setErrors((e) => ({ ...e, [id]: '' }));
    try {
      await api.decide({ ...body, statementIds: [id] });
      const next = focusAfterRemoval(
        statements.map((s) => s.id),
        [id],
      );
      await reload();
      announce(message);
      setFocusRequest((r) => ({ id: next, n: (r?.n ?? 0) + 1 }));
    } catch (e) {
      setErrors((all) => ({ ...all, [id]: errorText(e) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="moderation">
      <PageHeading>{t('decided.title')}</PageHeading>
      <fieldset className="status-filter">
        <legend>{t('decided.show')}</legend>
        <div className="status-filter__options">
          {DECIDED_STATUSES.map((s) => (
            <label key={s} className="choice">
              <input type="radio" name="decided-status" value={s} checked={status === s} onChange={() => navigate(`${path}?status=${s}`, { replace: true })} />
              {t(`decided.status.${s}`)}
              {lists ? ` (${number(lists.byStatus[s].length)})` : ''}
            </label>
          ))}
        </div>
      </fieldset>
      <h2 id={LIST_ID} tabIndex={-1}>
        {t(`decided.heading.${status}`)}
      </h2>
      {error !== null && lists === null ? (
        <ErrorMessage error={error} />
      ) : lists === null ? (
        <Loading />
      ) : statements.length === 0 ? (
        <p>{t('decided.none')}</p>
      ) : (
        <ol className="decided-list">
          {statements.map((s) => {
            const original = s.duplicateOf ? (lists.byId.get(s.duplicateOf) ?? null) : null;
            return (
              <DecidedItem
                key={s.id}
                statement={s}
                info={lists.info.get(s.id)}
                original={original}
                originalHref={s.duplicateOf ? hrefTo(s.duplicateOf) : null}
                languages={languages}
                busy={busy === s.id}
                error={errors[s.id] || null}
                onUndo={() => void act(s.id, { action: 'undo' }, t('done.undoneDecided', { excerpt: excerpt(s.text) }))}
                onWithdraw={(r: Rejection) =>
                  void act(s.id, { action: 'withdraw', ...r }, t('done.withdrawn', { excerpt: excerpt(s.text), reason: t(`reasons.${r.reason}`) }))
                }
              />
            );
          })}
        </ol>
      )}
    </div>
  );
}

import '../../styles/staff-moderation.css';
import './i18n';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Lang } from '../../api/types';
import { useAnnounce } from '../../components/Announcer';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { navigate, usePathnameWithSearch } from '../../router/location';
import type { StaffSession } from '../http';
import { moderationApi } from './api';
import { BulkActions } from './components/BulkActions';
import { LastDecision, type Decided } from './components/LastDecision';
import { QueueToolbar } from './components/QueueToolbar';
import { headingId, QueueItemCard, type ItemActions } from './components/QueueItemCard';
import type { Rejection } from './components/RejectForm';
import { excerpt, focusAfterRemoval } from './focus-after';
import type { DecisionBody, QueueItem } from './types';
import { useQueue } from './useQueue';
import { useStaffConversation } from './useStaffConversation';
import { useStaffText } from './useStaffText';

const EMPTY_ID = 'queue-empty';

/** The moderation queue: pending statements, oldest first, each decided in one or two steps. */
export default function QueuePage({ slug, session }: { slug: string; session: StaffSession }) {
  const { t, errorText } = useStaffText();
  const announce = useAnnounce();
  const api = useMemo(() => moderationApi(slug, session), [slug, session]);
  const { languages } = useStaffConversation(api);
  const location = usePathnameWithSearch();
  const flaggedFirst = new URLSearchParams(location.split('?')[1] ?? '').get('sort') === 'flagged';
  const queue = useQueue(api, flaggedFirst);
  const items = queue.items;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [decided, setDecided] = useState<Decided | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ id: string | null; n: number } | null>(null);

  // Selections of statements that have left the queue (decided here or elsewhere) are dropped.
  useEffect(() => {
    if (!items) return;
    setSelected((current) => {
      const ids = new Set(items.map((i) => i.statement.id));
      const kept = [...current].filter((id) => ids.has(id));
      return kept.length === current.size ? current : new Set(kept);
    });
  }, [items]);

  useEffect(() => {
    if (!focusRequest) return;
    const target = document.getElementById(focusRequest.id ? headingId(focusRequest.id) : EMPTY_ID);
    target?.focus();
  }, [focusRequest]);

  const focusOn = (id: string | null) => setFocusRequest((r) => ({ id, n: (r?.n ?? 0) + 1 }));
  const reasonText = (r: Rejection['reason']) => t(`reasons.${r}`);

  const decide = useCallback(
    async (key: string, ids: string[], body: Omit<DecisionBody, 'statementIds'>, message: string) => {
      setBusy(key);
      setErrors((e) => ({ ...e, [key]: '' }));
      try {
        await api.decide({ ...body, statementIds: ids });
        const next = focusAfterRemoval(
          (items ?? []).map((i) => i.statement.id),
          ids,
        );
        queue.remove(ids);
        setDecided({ statementIds: ids, message });
        announce(`${message} ${t('undo.available')}`);
        focusOn(next);
        return true;
      } catch (error) {
        setErrors((e) => ({ ...e, [key]: errorText(error) }));
        return false;
      } finally {
        setBusy(null);
      }
    },
    [api, items, queue, announce, t, errorText],
  );

  const actions: ItemActions = {
    publish: (item, text) => {
      const shown = excerpt(text ?? item.statement.text);
      void decide(item.statement.id, [item.statement.id], { action: 'publish', ...(text ? { text } : {}) }, t(text ? 'done.publishedEdited' : 'done.published', { excerpt: shown }));
    },
    reject: (item, r) =>
      void decide(item.statement.id, [item.statement.id], { action: 'reject', ...r }, t('done.rejected', { excerpt: excerpt(item.statement.text), reason: reasonText(r.reason) })),
    saveTranslations: async (item, changed, publish) => {
      const key = item.statement.id;
      setBusy(key);
      setErrors((e) => ({ ...e, [key]: '' }));
      try {
        for (const [lang, text] of Object.entries(changed) as [Lang, string][]) {
          queue.replaceStatement(await api.translate(key, lang, text));
        }
      } catch (error) {
        setErrors((e) => ({ ...e, [key]: errorText(error) }));
        setBusy(null);
        return;
      }
      setBusy(null);
      const saved = Object.keys(changed).length;
      if (publish) {
        const message = t('done.published', { excerpt: excerpt(item.statement.text) });
        void decide(key, [key], { action: 'publish' }, saved ? `${t('done.translationsSaved', { count: saved })} ${message}` : message);
      } else announce(t('done.translationsSaved', { count: saved }));
    },
    ban: async (item, reason) => {
      const key = item.statement.id;
      if (!item.authorParticipantId) return;
      setBusy(key);
      try {
        await api.ban(item.authorParticipantId, reason);
        const before = (items ?? []).map((i) => i.statement.id);
        const after = await queue.reload();
        const left = new Set((after ?? []).map((i) => i.statement.id));
        announce(t('done.banned'));
        focusOn(left.has(key) ? key : focusAfterRemoval(before, before.filter((id) => !left.has(id))));
      } catch (error) {
        setErrors((e) => ({ ...e, [key]: errorText(error) }));
      } finally {
        setBusy(null);
      }
    },
  };

  const bulkIds = () => (items ?? []).map((i) => i.statement.id).filter((id) => selected.has(id));
  const undo = async () => {
    if (!decided) return;
    setBusy('undo');
    try {
      await api.decide({ action: 'undo', statementIds: decided.statementIds });
      setDecided(null);
      const back = await queue.reload();
      announce(t('done.undone', { count: decided.statementIds.length }));
      const first = back?.find((i) => decided.statementIds.includes(i.statement.id));
      focusOn(first ? first.statement.id : (back?.[0]?.statement.id ?? null));
    } catch (error) {
      setErrors((e) => ({ ...e, undo: errorText(error) }));
    } finally {
      setBusy(null);
    }
  };

  const setFlaggedFirst = (on: boolean) => {
    const path = location.split('?')[0]!;
    navigate(on ? `${path}?sort=flagged` : path, { replace: true });
  };

  const overdueCount = items?.filter((i) => i.overdue).length ?? 0;
  return (
    <div className="moderation">
      <PageHeading>{t('queue.title')}</PageHeading>
      <p className="lead">{t('queue.intro')}</p>
      <QueueToolbar
        flaggedFirst={flaggedFirst}
        onFlaggedFirst={setFlaggedFirst}
        loading={queue.loading}
        updatedAt={queue.updatedAt}
        onRefresh={() => void queue.reload()}
      />
      <LastDecision decided={decided} busy={busy === 'undo'} onUndo={() => void undo()} onDismiss={() => setDecided(null)} />
      {errors.undo && (
        <p className="message message--error" role="alert">
          {errors.undo}
        </p>
      )}
      {queue.error !== null && items !== null && (
        <p className="message message--warning" role="status">
          {t('queue.refreshFailed')}
        </p>
      )}
      {items === null ? (
        queue.error !== null ? (
          <ErrorMessage error={queue.error} />
        ) : (
          <Loading />
        )
      ) : items.length === 0 ? (
        <h2 id={EMPTY_ID} className="queue-empty" tabIndex={-1}>
          {t('queue.empty')}
        </h2>
      ) : (
        <>
          <p className="queue-summary" id={EMPTY_ID} tabIndex={-1}>
            {t('queue.summary', { count: items.length })} {overdueCount > 0 ? t('queue.summaryOverdue', { count: overdueCount }) : t('queue.summaryNoneOverdue')}
          </p>
          <BulkActions
            selectedCount={selected.size}
            total={items.length}
            busy={busy === 'bulk'}
            onSelectAll={(all) => setSelected(all ? new Set(items.map((i) => i.statement.id)) : new Set())}
            onPublish={() => {
              const ids = bulkIds();
              void decide('bulk', ids, { action: 'publish' }, t('done.publishedMany', { count: ids.length }));
            }}
            onReject={(r) => {
              const ids = bulkIds();
              void decide('bulk', ids, { action: 'reject', ...r }, t('done.rejectedMany', { count: ids.length, reason: reasonText(r.reason) }));
            }}
          />
          {errors.bulk && (
            <p className="message message--error" role="alert">
              {errors.bulk}
            </p>
          )}
          <ol className="queue">
            {items.map((item: QueueItem, index) => (
              <QueueItemCard
                key={item.statement.id}
                item={item}
                number={index + 1}
                total={items.length}
                languages={languages}
                selected={selected.has(item.statement.id)}
                onSelect={(on) =>
                  setSelected((current) => {
                    const next = new Set(current);
                    if (on) next.add(item.statement.id);
                    else next.delete(item.statement.id);
                    return next;
                  })
                }
                busy={busy === item.statement.id}
                error={errors[item.statement.id] || null}
                actions={actions}
              />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

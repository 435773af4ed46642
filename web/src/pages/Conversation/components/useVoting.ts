import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../api/client';
import type { Conversation, NextCard, VoteValue } from '../../../api/types';
import { useAnnounce } from '../../../components/Announcer';
import { markSegmentAsked, segmentAsked } from '../../../lib/local-flags';
import { newRequestId } from '../../../lib/request-id';

/** The segment question comes once, after this many votes: a participant first sees what this is. */
const ASK_SEGMENT_AFTER = 3;

export type VotingView =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'card'; card: NextCard; earlier: VoteValue | null }
  | { kind: 'segment'; after: NextCard | null }
  | { kind: 'done' };

interface Attempt {
  card: NextCard;
  value: VoteValue;
  requestId: string;
}

/**
 * One card at a time: a vote's answer brings the next card, so it appears without another round
 * trip. Undo shows the previous card again with its vote, to be cast anew.
 */
export function useVoting(conversation: Conversation) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const slug = conversation.id;
  const [view, setView] = useState<VotingView>({ kind: 'loading' });
  const [history, setHistory] = useState<{ card: NextCard; value: VoteValue }[]>([]);
  const [busy, setBusy] = useState(false);
  // A failed vote, with the attempt to send again (none when the statement is gone).
  const [voteError, setVoteError] = useState<{ error: unknown; attempt: Attempt | null } | null>(null);
  // A ref as well as state: two quick key presses must not send two votes.
  const sending = useRef(false);
  // Bumped whenever the card changes by the participant's action: the page then moves focus.
  const [focusRequest, setFocusRequest] = useState(0);
  const votesThisVisit = useRef(0);

  const show = useCallback((next: NextCard | null) => setView(next ? { kind: 'card', card: next, earlier: null } : { kind: 'done' }), []);

  const load = useCallback(async () => {
    setView({ kind: 'loading' });
    try {
      show(await api.next(slug));
    } catch (error) {
      setView({ kind: 'failed', error });
    }
  }, [slug, show]);

  useEffect(() => {
    void load();
  }, [load]);

  const shouldAskSegment = async () => {
    if (!conversation.settings.segmentQuestion || segmentAsked(slug)) return false;
    if (votesThisVisit.current !== ASK_SEGMENT_AFTER) return false;
    const participant = await api.join(slug).catch(() => null);
    if (participant?.segment) markSegmentAsked(slug);
    return participant !== null && participant.segment === null;
  };

  const send = async (attempt: Attempt) => {
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    setVoteError(null);
    try {
      const { next } = await api.vote(slug, attempt.card.statement.id, attempt.value, attempt.requestId);
      votesThisVisit.current += 1;
      setHistory((h) => [...h, { card: attempt.card, value: attempt.value }]);
      const saved = t('vote.saved', { vote: t(`voteWord.${attempt.value}`) });
      if (await shouldAskSegment()) {
        setView({ kind: 'segment', after: next });
        announce(`${saved} ${t('segment.title')}`);
      } else {
        show(next);
        const where = next ? t('vote.nextCard', { number: next.progress.voted + 1, total: next.progress.total }) : t('end.title');
        announce(`${saved} ${where}`);
      }
      setFocusRequest((n) => n + 1);
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'statement_not_found' || error.code === 'statement_not_published')) {
        // The statement was withdrawn meanwhile: move on to one that can be voted on.
        await load();
        setFocusRequest((n) => n + 1);
        setVoteError({ error, attempt: null });
      } else {
        setVoteError({ error, attempt });
      }
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };

  const vote = (value: VoteValue) => {
    if (view.kind !== 'card') return;
    void send({ card: view.card, value, requestId: newRequestId() });
  };

  /** Sends the failed vote again with the same request id, so it cannot count twice. */
  const retry = () => {
    if (voteError?.attempt) void send(voteError.attempt);
  };

  const undo = () => {
    const last = history.at(-1);
    if (!last || sending.current) return;
    setHistory(history.slice(0, -1));
    setVoteError(null);
    setView({ kind: 'card', card: last.card, earlier: last.value });
    announce(t('vote.undone', { vote: t(`voteWord.${last.value}`) }));
    setFocusRequest((n) => n + 1);
  };

  const finishSegment = (after: NextCard | null) => {
    markSegmentAsked(slug);
    show(after);
    setFocusRequest((n) => n + 1);
  };

  return { view, busy, voteError, canUndo: history.length > 0, vote, retry, undo, finishSegment, focusRequest, reload: load };
}

import { useCallback, useEffect, useRef } from 'react';
import type { Conversation } from '../../../api/types';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { EndOfStatements } from './EndOfStatements';
import { SegmentStep } from './SegmentStep';
import { useVoting } from './useVoting';
import { VotingCard } from './VotingCard';

/** The voting area: a card, the segment question once, or the end. Focus follows each change. */
export function Voting({ conversation }: { conversation: Conversation }) {
  const voting = useVoting(conversation);
  const { view } = voting;
  const focusElement = useRef<HTMLElement | null>(null);
  const focusTarget = useCallback((element: HTMLElement | null) => {
    focusElement.current = element;
  }, []);

  useEffect(() => {
    if (voting.focusRequest > 0) focusElement.current?.focus();
  }, [voting.focusRequest]);

  switch (view.kind) {
    case 'loading':
      return <Loading />;
    case 'failed':
      return <ErrorMessage error={view.error} />;
    case 'segment':
      return <SegmentStep conversation={conversation} onDone={() => voting.finishSegment(view.after)} focusRef={focusTarget} />;
    case 'done':
      return <EndOfStatements conversation={conversation} focusRef={focusTarget} onUndo={voting.canUndo ? voting.undo : null} />;
    case 'card':
      return (
        <VotingCard
          card={view.card}
          earlier={view.earlier}
          busy={voting.busy}
          error={voting.voteError && { error: voting.voteError.error, canRetry: voting.voteError.attempt !== null }}
          canUndo={voting.canUndo}
          onVote={voting.vote}
          onUndo={voting.undo}
          onRetry={voting.retry}
          focusRef={focusTarget}
        />
      );
  }
}

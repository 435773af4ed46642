import type { Conversation } from '../../domain/conversation/conversation.js';
import type { Lang } from '../../domain/languages.js';
import type { RejectionReason, Statement, StatementStatus } from '../../domain/statement/statement.js';
import type { Tally, VoteValue } from '../../domain/vote/vote.js';
import type { AppDeps, MathSnapshot } from '../ports.js';
import { snapshotGroups, type SnapshotGroups } from './snapshot-groups.js';

const ALL_STATUSES: StatementStatus[] = ['pending', 'published', 'rejected', 'withdrawn'];
/** Vote events read per query when paging through the history. */
const VOTE_PAGE = 10_000;
/** Participants whose votes are read per query when building the matrix, row by row. */
const PARTICIPANT_BATCH = 250;

export interface ExportStatement {
  /** Pol.is-style comment id: 0, 1, 2… in creation order. */
  number: number;
  id: string;
  lang: Lang;
  text: string;
  translations: Partial<Record<Lang, string>>;
  status: StatementStatus;
  isSeed: boolean;
  isMeta: boolean;
  /** The author's participant number; null for statements written by staff. */
  authorNumber: number | null;
  rejectionReason: RejectionReason | null;
  rejectionNote: string | null;
  duplicateOfNumber: number | null;
  createdAt: number;
  decidedAt: number | null;
}

export interface ExportVote {
  createdAt: number;
  statement: number;
  participant: number;
  value: VoteValue;
}

export interface ParticipantRow {
  participant: number;
  /** The participant's opinion group in the latest math result, if any. */
  group: number | null;
  /** How many statements they wrote. */
  authored: number;
  /** Their latest vote on each statement, by statement number. */
  votes: Map<number, VoteValue>;
}

export interface ExportTallies {
  /** Latest votes per statement number, every participant counted. */
  all: Tally[];
  /** The same per group (by position in `groupIds`), each group's members only. */
  byGroup: Tally[][];
}

const emptyTallies = (n: number): Tally[] => Array.from({ length: n }, () => ({ agree: 0, disagree: 0, pass: 0 }));

function count(tally: Tally, value: VoteValue) {
  if (value === 1) tally.agree++;
  else if (value === -1) tally.disagree++;
  else tally.pass++;
}

/**
 * One conversation's data as an export sees it, fixed at one point of its vote history: every file
 * of one export describes the same votes even while new ones arrive. Participants and statements
 * get Pol.is-style numbers (participants by their first vote, then authors who never voted, in the
 * order of their first statement; statements by creation). Votes are read in pages, and the vote
 * matrix a few hundred participants at a time, so memory grows with the number of participants
 * and statements, not with the number of votes.
 */
export class ConversationExport {
  private cachedTallies: ExportTallies | null = null;

  private constructor(
    private readonly deps: AppDeps,
    readonly conversation: Conversation,
    readonly full: boolean,
    readonly exportedAt: number,
    /** The newest vote event included. */
    readonly uptoSeq: number,
    readonly statements: ExportStatement[],
    private readonly statementNumbers: Map<string, number>,
    /** Participant ids in number order. */
    private readonly participantIds: string[],
    private readonly participantNumbers: Map<string, number>,
    /** How many of the numbered participants have voted (they come first). */
    readonly voterCount: number,
    readonly snapshot: MathSnapshot | null,
    private readonly groups: SnapshotGroups,
  ) {}

  static async prepare(deps: AppDeps, conversation: Conversation, options: { full: boolean }): Promise<ConversationExport> {
    const { store } = deps;
    // The snapshot is read before the cut-off, so every participant it names has votes in the export.
    const snapshot = await store.snapshots.latest(conversation.id);
    const uptoSeq = await store.exports.lastVoteSeq(conversation.id);
    const statements = await store.statements.list(conversation.id, ALL_STATUSES);
    const statementNumbers = new Map(statements.map((s, i) => [s.id, i]));

    const participantNumbers = new Map<string, number>();
    for (let after = 0; ; ) {
      const page = await store.exports.voteEvents(conversation.id, after, uptoSeq, VOTE_PAGE);
      if (page.length === 0) break;
      for (const e of page) if (!participantNumbers.has(e.participantId)) participantNumbers.set(e.participantId, participantNumbers.size);
      after = page[page.length - 1]!.seq;
    }
    const voterCount = participantNumbers.size;
    for (const s of statements) {
      const author = s.authorParticipantId;
      if (author !== null && !participantNumbers.has(author)) participantNumbers.set(author, participantNumbers.size);
    }

    const shown = statements.map((s, i) => exportStatement(s, i, options.full, statementNumbers, participantNumbers));
    return new ConversationExport(
      deps, conversation, options.full, deps.clock.now(), uptoSeq, shown, statementNumbers,
      [...participantNumbers.keys()], participantNumbers, voterCount, snapshot, snapshotGroups(snapshot?.result),
    );
  }

  /** Group ids of the latest math result, ascending. */
  get groupIds(): readonly number[] {
    return this.groups.ids;
  }

  get votersInConv(): number {
    return this.groups.inConv;
  }

  get participantCount(): number {
    return this.participantIds.length;
  }

  /** A participant's export number, or null for one the export does not include. */
  participantNumber(participantId: string): number | null {
    return this.participantNumbers.get(participantId) ?? null;
  }

  /** Every vote event, oldest first, a page at a time. */
  async *votePages(): AsyncGenerator<ExportVote[]> {
    for (let after = 0; ; ) {
      const page = await this.deps.store.exports.voteEvents(this.conversation.id, after, this.uptoSeq, VOTE_PAGE);
      if (page.length === 0) return;
      after = page[page.length - 1]!.seq;
      const votes: ExportVote[] = [];
      for (const e of page) {
        const statement = this.statementNumbers.get(e.statementId);
        const participant = this.participantNumbers.get(e.participantId);
        if (statement !== undefined && participant !== undefined) votes.push({ createdAt: e.createdAt, statement, participant, value: e.value });
      }
      yield votes;
    }
  }

  /**
   * The latest-vote matrix, participant by participant in number order, a batch at a time. A pass
   * that runs to the end also leaves the statement tallies behind, so the other files need no
   * second pass.
   */
  async *participantRows(): AsyncGenerator<ParticipantRow[]> {
    const authored = new Map<string, number>();
    for (const s of this.statements) {
      if (s.authorNumber !== null) {
        const id = this.participantIds[s.authorNumber]!;
        authored.set(id, (authored.get(id) ?? 0) + 1);
      }
    }
    const all = emptyTallies(this.statements.length);
    const byGroup = this.groups.ids.map(() => emptyTallies(this.statements.length));
    for (let start = 0; start < this.participantIds.length; start += PARTICIPANT_BATCH) {
      const batch = this.participantIds.slice(start, start + PARTICIPANT_BATCH);
      const events = await this.deps.store.exports.voteEventsOf(this.conversation.id, batch, this.uptoSeq);
      const latest = new Map<string, Map<number, VoteValue>>();
      for (const e of events) {
        const statement = this.statementNumbers.get(e.statementId);
        if (statement === undefined) continue;
        let votes = latest.get(e.participantId);
        if (!votes) latest.set(e.participantId, (votes = new Map()));
        votes.set(statement, e.value); // events come oldest first: the last one stays
      }
      yield batch.map((id, j) => {
        const votes = latest.get(id) ?? new Map<number, VoteValue>();
        const g = this.groups.indexOf.get(id);
        for (const [statement, value] of votes) {
          count(all[statement]!, value);
          if (g !== undefined) count(byGroup[g]![statement]!, value);
        }
        return { participant: start + j, group: g === undefined ? null : this.groups.ids[g]!, authored: authored.get(id) ?? 0, votes };
      });
    }
    this.cachedTallies = { all, byGroup };
  }

  /** Statement tallies of latest votes, overall and per group; one matrix pass unless one has run. */
  async tallies(): Promise<ExportTallies> {
    if (!this.cachedTallies) for await (const _rows of this.participantRows());
    return this.cachedTallies!;
  }
}

function exportStatement(
  s: Statement,
  number: number,
  full: boolean,
  statementNumbers: Map<string, number>,
  participantNumbers: Map<string, number>,
): ExportStatement {
  // Texts never shown to the public (pending, rejected, taken down) stay with staff.
  const shown = full || s.status === 'published';
  return {
    number,
    id: s.id,
    lang: s.lang,
    text: shown ? s.text : '',
    translations: shown ? s.translations : {},
    status: s.status,
    isSeed: s.isSeed,
    isMeta: s.isMeta,
    authorNumber: s.authorParticipantId !== null ? (participantNumbers.get(s.authorParticipantId) ?? null) : null,
    rejectionReason: s.rejectionReason,
    rejectionNote: full ? s.rejectionNote : null,
    duplicateOfNumber: s.duplicateOf !== null ? (statementNumbers.get(s.duplicateOf) ?? null) : null,
    createdAt: s.createdAt,
    decidedAt: s.decidedAt,
  };
}

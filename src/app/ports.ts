import type { Conversation } from '../domain/conversation/conversation.js';
import type { ConversationSettings } from '../domain/conversation/settings.js';
import type { Schedule } from '../domain/conversation/schedule.js';
import type { ConversationTexts } from '../domain/conversation/texts.js';
import type { Lang } from '../domain/languages.js';
import type { RejectionReason, Statement, StatementStatus } from '../domain/statement/statement.js';
import type { StatementSimilarity } from '../domain/similarity/port.js';
import type { Tally, VoteValue } from '../domain/vote/vote.js';
import type { ActivityRepo } from './activity-port.js';
import type { AuditRepo } from './audit-port.js';
import type { ConversationMember, InviteRepo, LogoRepo, RevokeRoleOutcome } from './staff-ports.js';

// Split out to keep this file readable; imported from here like every other port.
export type * from './activity-port.js';
export type * from './audit-port.js';
export type * from './staff-ports.js';

/** The time source; tests set it. */
export interface Clock {
  now(): number;
}

/** Random, opaque ids that reveal neither order nor counts. */
export interface IdGenerator {
  newId(): string;
}

export interface NewConversation {
  id: string;
  slug: string;
  languages: Lang[];
  texts: Partial<Record<Lang, ConversationTexts>>;
  schedule: Schedule;
  settings: ConversationSettings;
  createdAt: number;
}

export interface ConversationRepo {
  create(conversation: NewConversation): Promise<void>;
  findBySlug(slug: string): Promise<Conversation | null>;
  findById(id: string): Promise<Conversation | null>;
  list(): Promise<Conversation[]>;
  count(): Promise<number>;
  update(
    id: string,
    changes: Partial<Pick<Conversation, 'schedule' | 'settings' | 'closedManually' | 'languages' | 'texts'>>,
  ): Promise<void>;
}

export interface NewStatement {
  id: string;
  conversationId: string;
  lang: Lang;
  text: string;
  duplicateKey: string;
  status: StatementStatus;
  isSeed: boolean;
  isMeta?: boolean;
  authorParticipantId: string | null;
  authorUserId: string | null;
  createdAt: number;
}

export interface StatementWithTally extends Statement {
  tally: Tally;
}

/** A moderator's decision as the store keeps it. */
export interface DecisionRecord {
  status: StatementStatus;
  rejectionReason: RejectionReason | null;
  rejectionNote: string | null;
  duplicateOf: string | null;
  /** Null when an undo returns the statement to the queue. */
  decidedAt: number | null;
  decidedBy: string | null;
}

export interface StatementRepo {
  create(statement: NewStatement): Promise<void>;
  findById(conversationId: string, id: string): Promise<Statement | null>;
  /** A pending or published statement whose original or a translation has this duplicate key. */
  findLiveByDuplicateKey(conversationId: string, key: string): Promise<Statement | null>;
  list(conversationId: string, statuses: StatementStatus[]): Promise<Statement[]>;
  /** Statements with their tallies of latest votes; banned participants' votes are left out, as in the math. */
  listWithTallies(conversationId: string, statuses: StatementStatus[]): Promise<StatementWithTally[]>;
  /**
   * The tallies of latest votes by statement, banned participants left out. The map may be the
   * store's own, kept current by later votes: read it at once and never change it.
   */
  tallies(conversationId: string): Promise<ReadonlyMap<string, Tally>>;
  setDecision(id: string, decision: DecisionRecord): Promise<void>;
  setText(id: string, text: string, duplicateKey: string): Promise<void>;
  upsertTranslation(
    statementId: string,
    lang: Lang,
    text: string,
    duplicateKey: string,
    updatedAt: number,
    updatedBy: string | null,
  ): Promise<void>;
  countByStatus(conversationId: string): Promise<Record<StatementStatus, number>>;
  /** Statements with these statuses that carry a decision, the newest decision first, at most `limit`. */
  listDecided(conversationId: string, statuses: StatementStatus[], limit: number): Promise<DecidedStatementRecord[]>;
  /** Submission and decision times of the statements a moderator decided (seed and imported ones are left out). */
  decisionTimes(conversationId: string): Promise<DecisionTime[]>;
}

/** A decided statement with who decided it (null for seed and imported statements, or a deleted account). */
export interface DecidedStatementRecord extends Statement {
  decidedBy: string | null;
  decidedByName: string | null;
}

export interface DecisionTime {
  statementId: string;
  status: StatementStatus;
  submittedAt: number;
  decidedAt: number;
  decidedBy: string | null;
}

export interface Participant {
  id: string;
  conversationId: string;
  segment: string | null;
  bannedAt: number | null;
  createdAt: number;
}

export interface ParticipantRepo {
  /** The participant behind a browser key, created on first use; safe under concurrent calls. */
  findOrCreate(conversationId: string, key: string, newId: string, now: number): Promise<Participant>;
  findByKey(conversationId: string, key: string): Promise<Participant | null>;
  findById(conversationId: string, id: string): Promise<Participant | null>;
  setSegment(id: string, segment: string | null): Promise<void>;
  ban(id: string, at: number): Promise<void>;
  /** Deletes the participant with their votes (history included) and the statements they wrote. */
  erase(id: string): Promise<void>;
  bannedIds(conversationId: string): Promise<string[]>;
  count(conversationId: string): Promise<number>;
}

/** A vote by a browser key rather than a participant id: the first one registers the participant. */
export interface KeyedVote {
  conversationId: string;
  participantKey: string;
  /** Called only when the vote registers its participant: a returning one needs no new id. */
  newParticipantId: () => string;
  statementId: string;
  value: VoteValue;
  requestId: string | null;
  createdAt: number;
}

export interface NewVote {
  conversationId: string;
  participantId: string;
  statementId: string;
  value: VoteValue;
  requestId: string | null;
  createdAt: number;
}

export interface StoredVote {
  participantId: string;
  statementId: string;
  value: VoteValue;
  createdAt: number;
}

/** A vote event as the math reads it back: in casting order across all conversations. */
export interface VoteEvent {
  seq: number;
  conversationId: string;
  participantId: string;
  statementId: string;
  value: VoteValue;
  createdAt: number;
}

export interface VoteRepo {
  /**
   * Appends the vote to the history and makes it the latest for its participant and statement.
   * A request id seen before for the same participant returns the vote it stored then.
   */
  record(vote: NewVote): Promise<{ vote: StoredVote; replayed: boolean }>;
  /**
   * Finds the participant behind a browser key, registering them with an id from `newParticipantId`
   * on first use, and records their vote as `record` does, all as one unit. `accept` sees the participant
   * before the vote and may refuse them by throwing: nothing is then written.
   */
  castByKey(
    vote: KeyedVote,
    accept: (participant: Participant) => void,
  ): Promise<{ participant: Participant; vote: StoredVote; replayed: boolean }>;
  latestByParticipant(participantId: string): Promise<StoredVote[]>;
  historyOf(participantId: string, statementId: string): Promise<StoredVote[]>;
  /** Every latest vote of a conversation, in the order they were cast. */
  latestInConversation(conversationId: string): Promise<StoredVote[]>;
  count(conversationId: string): Promise<{ events: number; latest: number }>;
  /** How many participants have a vote in the conversation. */
  voterCount(conversationId: string): Promise<number>;
  /**
   * Stores many past vote events at once (an import), in the given order: all into the history,
   * the last per participant and statement as the latest.
   */
  importEvents(votes: NewVote[]): Promise<void>;
  /** Vote events after sequence number `afterSeq`, oldest first, at most `limit`. */
  since(afterSeq: number, limit: number): Promise<VoteEvent[]>;
  /** The vote events with these sequence numbers that exist, oldest first. */
  withSeqs(seqs: readonly number[]): Promise<VoteEvent[]>;
}

export type Role = 'organizer' | 'moderator';

export interface User {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  isAdmin: boolean;
  mustChangePassword: boolean;
  createdAt: number;
}

export interface UserRepo {
  create(user: User): Promise<void>;
  findByEmail(email: string): Promise<User | null>;
  findById(id: string): Promise<User | null>;
  setPassword(id: string, passwordHash: string, mustChange: boolean): Promise<void>;
  grantRole(userId: string, conversationId: string, role: Role): Promise<void>;
  roleIn(userId: string, conversationId: string): Promise<Role | null>;
  /** Every conversation the user holds a role in. */
  rolesOf(userId: string): Promise<{ conversationId: string; role: Role }[]>;
  /** Everyone who holds a role in a conversation, in no particular order. */
  membersOf(conversationId: string): Promise<ConversationMember[]>;
  /**
   * Removes a user's role in a conversation, unless it is the conversation's last organizer: of
   * two organizers removed at the same time, one stays.
   */
  revokeRole(userId: string, conversationId: string): Promise<RevokeRoleOutcome>;
  count(): Promise<number>;
}

export interface Session {
  id: string;
  userId: string;
  createdAt: number;
  expiresAt: number;
}

export interface SessionRepo {
  create(session: Session): Promise<void>;
  find(id: string): Promise<Session | null>;
  delete(id: string): Promise<void>;
  deleteExpired(now: number): Promise<number>;
  /** Ends every session of the user but one (the one that changed the password); returns how many. */
  deleteOthersOfUser(userId: string, keepSessionId: string): Promise<number>;
}

export interface MathSnapshot {
  conversationId: string;
  version: number;
  createdAt: number;
  votes: number;
  participants: number;
  statements: number;
  params: Record<string, unknown>;
  timingsMs: Record<string, number>;
  result: unknown;
}

export interface SnapshotRepo {
  /** Stores the next version; returns its number. */
  save(snapshot: Omit<MathSnapshot, 'version'>): Promise<number>;
  latest(conversationId: string): Promise<MathSnapshot | null>;
  /** The newest version number of every conversation that has a snapshot. */
  latestVersions(): Promise<Map<string, number>>;
}

/** A vote event read back for an export: its sequence number orders events across the history. */
export interface ExportVoteEvent {
  seq: number;
  participantId: string;
  statementId: string;
  value: VoteValue;
  createdAt: number;
}

/** Reads for exports: the vote history of one conversation in pages, so memory stays bounded. */
export interface ExportRepo {
  /** The sequence number of the conversation's newest vote event; 0 when it has none. */
  lastVoteSeq(conversationId: string): Promise<number>;
  /** The conversation's vote events with `afterSeq < seq <= uptoSeq`, oldest first, at most `limit`. */
  voteEvents(conversationId: string, afterSeq: number, uptoSeq: number, limit: number): Promise<ExportVoteEvent[]>;
  /** Every vote event of these participants with `seq <= uptoSeq`, oldest first. */
  voteEventsOf(conversationId: string, participantIds: string[], uptoSeq: number): Promise<ExportVoteEvent[]>;
  /** Whether the user is an organizer of at least one conversation (who may bring in a new one). */
  organizesAny(userId: string): Promise<boolean>;
}

export interface Store {
  conversations: ConversationRepo;
  statements: StatementRepo;
  participants: ParticipantRepo;
  votes: VoteRepo;
  users: UserRepo;
  sessions: SessionRepo;
  audit: AuditRepo;
  snapshots: SnapshotRepo;
  exports: ExportRepo;
  activity: ActivityRepo;
  invites: InviteRepo;
  logos: LogoRepo;
  /** Runs `fn` atomically: all of its writes land, or none. */
  transaction<T>(fn: (store: Store) => Promise<T>): Promise<T>;
  /** Whether the database answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

/** Each conversation's similar-statement index, kept in step with its statements and translations. */
export interface SimilarityIndexes {
  forConversation(conversationId: string): Promise<StatementSimilarity>;
}

/** Announces new math results; every app process hears about every conversation's. */
export interface ResultsEvents {
  /** Calls `listener` for each new snapshot; returns the function that stops listening. */
  onResults(listener: (conversationId: string, version: number) => void): () => void;
}

export interface AppDeps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
}

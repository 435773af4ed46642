import type { Kysely, KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import type { MathSnapshot, StoredVote } from '../../../app/ports.js';
import type { Conversation } from '../../../domain/conversation/conversation.js';
import type { Statement } from '../../../domain/statement/statement.js';
import type { Tally, VoteValue } from '../../../domain/vote/vote.js';

export interface ReadCacheOptions {
  /** How long an entry is trusted; bounds how late a change made by another process shows here. */
  ttlMs: number;
  /** Tallies are kept current by this process's own votes, so they are reloaded less often. */
  tallyTtlMs: number;
  /**
   * After a write, how long nothing new is cached: a read running beside a transaction that has
   * not committed yet could otherwise keep its old rows. SQLite has one connection, so 0 there.
   */
  quietMs: number;
  /**
   * How long a participant's latest votes are kept, current with this process's own votes; 0 keeps
   * none. Only for a database one process writes (SQLite): a vote through another process would
   * not show, and routing could offer a statement already voted on.
   */
  participantVotesTtlMs?: number;
}

interface Entry<T> {
  value: T;
  at: number;
  generation: number;
}

/** A bounded map of entries, dropped all at once by bumping the generation. */
class Shelf<T> {
  private readonly entries = new Map<string, Entry<T>>();
  /** Loads running, by key, with the generation they started in. */
  private readonly loading = new Map<string, { value: Promise<T | null>; generation: number }>();
  generation = 0;
  quietUntil = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly quietMs: number,
    /** Deep-freezes what it keeps, so that no reader can change a shared value by mistake. */
    private readonly freeze = true,
    private readonly limit = 2_000,
  ) {}

  get(key: string, now = performance.now()): T | undefined {
    const hit = this.entries.get(key);
    return hit && hit.generation === this.generation && now - hit.at < this.ttlMs ? hit.value : undefined;
  }

  /** An entry that has outlived `ttlMs` but was not dropped by a write: worth revalidating. */
  expired(key: string): T | undefined {
    const hit = this.entries.get(key);
    return hit && hit.generation === this.generation ? hit.value : undefined;
  }

  /** Keeps `value`, loaded when the shelf was at `generation`, unless a write came in since. */
  keep(key: string, value: T, generation: number, at: number): void {
    if (generation !== this.generation || at < this.quietUntil) return;
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, { value, at, generation });
  }

  /**
   * Loads on a miss. Callers that miss together while nothing was written share one load: when an
   * entry expires, every request in flight would otherwise read the same rows at once.
   */
  through(key: string, load: () => Promise<T | null>): Promise<T | null> {
    const now = performance.now();
    const hit = this.get(key, now);
    if (hit !== undefined) return Promise.resolve(hit);
    // Just after a write, a load may run beside a transaction that has not committed yet: it is
    // neither kept (see `keep`) nor shared, so a caller after the commit reads afresh.
    const quiet = now < this.quietUntil;
    const shared = quiet ? undefined : this.loading.get(key);
    if (shared && shared.generation === this.generation) return shared.value;
    const generation = this.generation;
    const value = load().then((v) => {
      if (v !== null) this.keep(key, this.freeze ? deepFreeze(v) : v, generation, now);
      return v;
    });
    if (quiet) return value;
    const entry = { value, generation };
    this.loading.set(key, entry);
    const done = () => {
      if (this.loading.get(key) === entry) this.loading.delete(key);
    };
    value.then(done, done);
    return value;
  }

  forget(): void {
    this.generation++;
    this.entries.clear();
    // A load that started before the write may hold old rows: no later caller joins it.
    this.loading.clear();
    this.quietUntil = performance.now() + this.quietMs;
  }
}

/** Cached values are shared by every caller, so no caller may change them. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Each participant's latest votes by statement, in the order first cast (a Map keeps the order of
 * first insertion, as `latest_votes` keeps `first_vote_id`). Every vote's next card reads them.
 */
class ParticipantVotes {
  private readonly entries = new Map<string, { votes: Map<string, StoredVote>; at: number }>();
  private generation = 0;
  /** Loads running, and the votes counted while any ran: such a load may have missed them. */
  private loads = 0;
  private readonly countedDuringLoads = new Map<string, number>();
  /** Votes held in all entries: memory stays bounded however many statements a conversation has. */
  private held = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxParticipants = 10_000,
    private readonly maxVotes = 200_000,
  ) {}

  async through(participantId: string, load: () => Promise<StoredVote[]>): Promise<StoredVote[]> {
    if (this.ttlMs <= 0) return load();
    const at = performance.now();
    const hit = this.entries.get(participantId);
    if (hit && at - hit.at < this.ttlMs) return [...hit.votes.values()];
    const generation = this.generation;
    const counted = this.countedDuringLoads.get(participantId) ?? 0;
    this.loads++;
    try {
      const loaded = await load();
      if (generation === this.generation && (this.countedDuringLoads.get(participantId) ?? 0) === counted) {
        if (this.entries.size >= this.maxParticipants || this.held + loaded.length > this.maxVotes) this.clear();
        this.held += loaded.length - (this.entries.get(participantId)?.votes.size ?? 0);
        this.entries.set(participantId, { votes: new Map(loaded.map((v) => [v.statementId, Object.freeze({ ...v })])), at });
      }
      return loaded;
    } finally {
      if (--this.loads === 0) this.countedDuringLoads.clear();
    }
  }

  count(vote: StoredVote): void {
    if (this.ttlMs <= 0) return;
    if (this.loads > 0) this.countedDuringLoads.set(vote.participantId, (this.countedDuringLoads.get(vote.participantId) ?? 0) + 1);
    const votes = this.entries.get(vote.participantId)?.votes;
    if (!votes) return;
    if (!votes.has(vote.statementId)) this.held++;
    // A changed vote keeps its place: Map.set on a key it holds does not move it.
    votes.set(vote.statementId, Object.freeze({ ...vote }));
  }

  forget(): void {
    this.generation++;
    this.clear();
  }

  private clear(): void {
    this.entries.clear();
    this.held = 0;
  }
}

export type Tallies = Map<string, Tally>;

const KEY: Record<VoteValue, keyof Tally> = { 1: 'agree', [-1]: 'disagree', 0: 'pass' };

/**
 * What every vote reads and what hardly ever changes: a conversation by its slug, a conversation's
 * published statements, its tallies and its latest math result; on a database only this process
 * writes, also each participant's latest votes. One cache per opened database,
 * shared by the store and its transactions: it rides along as a Kysely plugin, which Kysely hands on
 * to every transaction. Writes through the repos drop what they touch, so one process always
 * reads its own writes; entries expire after `ttlMs`, so changes made by other app processes on
 * the same PostgreSQL show within that time.
 */
export class ReadCache implements KyselyPlugin {
  readonly conversations: Shelf<Conversation>;
  readonly published: Shelf<Statement[]>;
  readonly snapshots: Shelf<{ snapshot: MathSnapshot | null }>;
  private readonly tallies: Shelf<Tallies>;
  private readonly participantVotes: ParticipantVotes;

  constructor(options: ReadCacheOptions) {
    this.conversations = new Shelf(options.ttlMs, options.quietMs);
    this.published = new Shelf(options.ttlMs, options.quietMs);
    // A math result can hold many thousands of objects: freezing them all would take longer than
    // reading it, which happens every few seconds while votes come in.
    this.snapshots = new Shelf(options.ttlMs, options.quietMs, false);
    this.tallies = new Shelf(options.tallyTtlMs, options.quietMs);
    this.participantVotes = new ParticipantVotes(options.participantVotesTtlMs ?? 0);
  }

  /**
   * A participant's latest votes in the order first cast, from the cache where it is kept (loaded
   * by `load` otherwise); the caller's own array of frozen votes.
   */
  participantVotesThrough(participantId: string, load: () => Promise<StoredVote[]>): Promise<StoredVote[]> {
    return this.participantVotes.through(participantId, load);
  }

  /** Counts a vote into the cached tallies and into its participant's cached votes. */
  recordVote(conversationId: string, vote: StoredVote, previous: VoteValue | null): void {
    this.countVote(conversationId, vote.statementId, previous, vote.value);
    this.participantVotes.count(vote);
  }

  /** A conversation's cached tallies of latest votes, if fresh; the caller must not change them. */
  cachedTallies(conversationId: string): Tallies | undefined {
    return this.tallies.get(conversationId);
  }

  /**
   * Starts loading tallies: call the returned function with what was loaded. On SQLite the load
   * and the keeping must happen before any vote can commit (in one transaction), or a vote could
   * land between them and be missed.
   */
  loadingTallies(conversationId: string): (tallies: Tallies) => void {
    const generation = this.tallies.generation;
    const at = performance.now();
    return (tallies) => this.tallies.keep(conversationId, tallies, generation, at);
  }

  /** Counts a vote that replaced `previous` (null for a first vote) in the cached tallies, if any. */
  countVote(conversationId: string, statementId: string, previous: VoteValue | null, value: VoteValue): void {
    const tallies = this.tallies.get(conversationId);
    if (!tallies || previous === value) return;
    const old = tallies.get(statementId) ?? { agree: 0, disagree: 0, pass: 0 };
    const next = { ...old, [KEY[value]]: old[KEY[value]] + 1 };
    if (previous !== null) next[KEY[previous]] = Math.max(0, next[KEY[previous]] - 1);
    tallies.set(statementId, next);
  }

  /** Drops everything counted from votes: tallies and participants' votes. */
  forgetTallies(): void {
    this.tallies.forget();
    this.participantVotes.forget();
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/** The cache of the database `db` belongs to, or null for a Kysely opened without one. */
export function readCacheOf(db: Kysely<any>): ReadCache | null {
  return (db.getExecutor().plugins.find((p) => p instanceof ReadCache) as ReadCache | undefined) ?? null;
}

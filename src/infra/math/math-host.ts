import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ResultsEvents, Store, VoteEvent } from '../../app/ports.js';
import type { Leadership } from './leadership.js';
import { SkippedVotes } from './skipped-votes.js';
import type { ConversationFacts, FromWorker, ToWorker, VoteBatch } from './protocol.js';

export interface MathHostOptions {
  store: Store;
  leadership: Leadership;
  /** How often new votes and new results are looked for. */
  pollMs?: number;
  /** A conversation is recomputed at most this often while votes keep coming. */
  minIntervalMs?: number;
  /** How often moderation changes (published, rejected, banned) are looked for without new votes. */
  factsRefreshMs?: number;
  log?: (msg: string, err?: unknown) => void;
}

/** Events: `results` (conversationId, version) in every process when a new snapshot is stored. */
export class MathHost extends EventEmitter implements ResultsEvents {
  private worker: Worker | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastSeq = 0;
  private skipped = new SkippedVotes();
  private leading = false;
  private ticking = false;
  private readonly dirtySince = new Map<string, number>();
  private readonly lastComputed = new Map<string, number>();
  private readonly inFlight = new Set<string>();
  private readonly factsKey = new Map<string, string>();
  /** Voters the worker's matrix holds per conversation, to notice erased participants. */
  private readonly votersHeld = new Map<string, number>();
  private lastFactsRefresh = 0;
  private versions = new Map<string, number>();
  private readonly pollMs: number;
  private readonly minIntervalMs: number;
  private readonly factsRefreshMs: number;

  constructor(private readonly options: MathHostOptions) {
    super();
    // One listener per open browser stream.
    this.setMaxListeners(0);
    this.pollMs = options.pollMs ?? 1000;
    this.minIntervalMs = options.minIntervalMs ?? 2000;
    this.factsRefreshMs = options.factsRefreshMs ?? 10_000;
  }

  onResults(listener: (conversationId: string, version: number) => void): () => void {
    this.on('results', listener);
    return () => this.off('results', listener);
  }

  async start(): Promise<void> {
    this.versions = await this.options.store.snapshots.latestVersions();
    const loop = async () => {
      await this.tick();
      if (this.timer !== null) this.timer = setTimeout(loop, this.pollMs);
    };
    this.timer = setTimeout(loop, 0);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.worker?.terminate();
    this.worker = null;
    await this.options.leadership.release();
  }

  /** One round: lead if possible, feed new votes, compute what is due, announce new snapshots. */
  async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      const leading = await this.options.leadership.tryLead();
      if (leading && !this.leading) this.becomeLeader();
      this.leading = leading;
      if (leading) {
        await this.feedNewVotes();
        await this.refreshFacts();
        await this.computeDue();
      }
      await this.announceNewSnapshots();
    } catch (err) {
      this.options.log?.('math host round failed', err);
    } finally {
      this.ticking = false;
    }
  }

  private becomeLeader() {
    // A new leader starts from scratch: it replays every vote into a fresh worker.
    void this.worker?.terminate();
    this.lastSeq = 0;
    this.skipped = new SkippedVotes();
    this.dirtySince.clear();
    this.inFlight.clear();
    this.factsKey.clear();
    this.votersHeld.clear();
    this.worker = spawnWorker();
    this.worker.on('message', (msg: FromWorker) => void this.onWorkerMessage(msg));
    this.worker.on('error', (err) => this.options.log?.('math worker failed', err));
  }

  private post(msg: ToWorker) {
    this.worker!.postMessage(msg);
  }

  private async feedNewVotes() {
    const now = Date.now();
    await this.feedLateVotes(now);
    for (;;) {
      const events = await this.options.store.votes.since(this.lastSeq, 20_000);
      if (events.length === 0) return;
      this.skipped.notice(this.lastSeq, events, now);
      this.feed(events, now);
      this.lastSeq = events[events.length - 1]!.seq;
      if (events.length < 20_000) return;
    }
  }

  /** Votes skipped earlier that have committed since. */
  private async feedLateVotes(now: number) {
    const looking = this.skipped.toLookFor(now);
    if (looking.length === 0) return;
    const late = await this.options.store.votes.withSeqs(looking);
    this.skipped.found(late);
    this.feed(late, now);
  }

  private feed(events: VoteEvent[], now: number) {
    for (const [conversationId, batch] of batchByConversation(events)) {
      this.post({ type: 'votes', conversationId, batch });
      if (!this.dirtySince.has(conversationId)) this.dirtySince.set(conversationId, now);
    }
  }

  private async facts(conversationId: string): Promise<ConversationFacts> {
    const { store } = this.options;
    const statements = await store.statements.list(conversationId, ['pending', 'published', 'rejected', 'withdrawn']);
    return {
      statements: statements.map((s) => s.id),
      modOut: statements.filter((s) => s.status !== 'published').map((s) => s.id),
      meta: statements.filter((s) => s.isMeta).map((s) => s.id),
      seed: statements.filter((s) => s.isSeed).map((s) => s.id),
      banned: await store.participants.bannedIds(conversationId),
    };
  }

  /** Moderation changes the math without a new vote: look for them now and then. */
  private async refreshFacts() {
    if (Date.now() - this.lastFactsRefresh < this.factsRefreshMs) return;
    this.lastFactsRefresh = Date.now();
    for (const conversationId of this.lastComputed.keys()) {
      // A participant who erased their data must leave the results too: replay from the database.
      const held = this.votersHeld.get(conversationId);
      if (held !== undefined && (await this.options.store.votes.voterCount(conversationId)) < held) {
        this.becomeLeader();
        return;
      }
      const key = JSON.stringify(await this.facts(conversationId));
      if (this.factsKey.get(conversationId) !== key && !this.dirtySince.has(conversationId)) {
        this.dirtySince.set(conversationId, Date.now());
      }
    }
  }

  private async computeDue() {
    const now = Date.now();
    for (const [conversationId] of this.dirtySince) {
      if (this.inFlight.has(conversationId)) continue;
      if (now - (this.lastComputed.get(conversationId) ?? 0) < this.minIntervalMs) continue;
      const facts = await this.facts(conversationId);
      this.factsKey.set(conversationId, JSON.stringify(facts));
      this.dirtySince.delete(conversationId);
      this.inFlight.add(conversationId);
      this.lastComputed.set(conversationId, now);
      this.post({ type: 'compute', conversationId, facts, forceK: null });
    }
  }

  private async onWorkerMessage(msg: FromWorker) {
    this.inFlight.delete(msg.conversationId);
    if (msg.type === 'error') {
      this.options.log?.(`math failed for a conversation: ${msg.message}`);
      return;
    }
    const { result } = msg;
    this.votersHeld.set(msg.conversationId, msg.voters);
    try {
      await this.options.store.snapshots.save({
        conversationId: msg.conversationId,
        createdAt: Date.now(),
        votes: result.votes,
        participants: result.participants,
        statements: result.statements,
        params: result.parameters as unknown as Record<string, unknown>,
        timingsMs: { ...result.timingsMs, worker: msg.computeMs },
        result,
      });
      await this.announceNewSnapshots();
    } catch (err) {
      this.options.log?.('storing a math snapshot failed', err);
    }
  }

  private async announceNewSnapshots() {
    const latest = await this.options.store.snapshots.latestVersions();
    for (const [conversationId, version] of latest) {
      if ((this.versions.get(conversationId) ?? 0) < version) {
        this.versions.set(conversationId, version);
        this.emit('results', conversationId, version);
      }
    }
  }
}

function batchByConversation(events: VoteEvent[]): Map<string, VoteBatch> {
  const groups = new Map<string, VoteEvent[]>();
  for (const e of events) {
    const list = groups.get(e.conversationId) ?? [];
    list.push(e);
    groups.set(e.conversationId, list);
  }
  const out = new Map<string, VoteBatch>();
  for (const [id, list] of groups) {
    out.set(id, {
      participants: list.map((e) => e.participantId),
      statements: list.map((e) => e.statementId),
      values: Int8Array.from(list.map((e) => e.value)),
      // The sequence number orders votes on one cell exactly, even within one millisecond.
      times: Float64Array.from(list.map((e) => e.seq)),
    });
  }
  return out;
}

/** The worker runs from the build (`.js`) or, in development and tests, from the sources through tsx. */
function spawnWorker(): Worker {
  const js = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js);
  const ts = new URL('./worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(ts)}); })`;
  return new Worker(boot, { eval: true });
}

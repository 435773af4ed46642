import type { Kysely } from 'kysely';
import type { MathSnapshot, SnapshotRepo } from '../../../app/ports.js';
import type { Database } from '../schema.js';
import { readCacheOf } from './read-cache.js';

export class KyselySnapshotRepo implements SnapshotRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async save(s: Omit<MathSnapshot, 'version'>): Promise<number> {
    // Version numbers are per conversation; the unique constraint refuses a racing twin, and
    // only one math runner per conversation writes snapshots.
    const last = await this.db
      .selectFrom('math_snapshots')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('conversation_id', '=', s.conversationId)
      .executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    await this.db
      .insertInto('math_snapshots')
      .values({
        conversation_id: s.conversationId,
        version,
        created_at: s.createdAt,
        votes: s.votes,
        participants: s.participants,
        statements: s.statements,
        params: JSON.stringify(s.params),
        timings: JSON.stringify(s.timingsMs),
        result: JSON.stringify(s.result),
      })
      .execute();
    readCacheOf(this.db)?.snapshots.forget();
    return version;
  }

  /**
   * The newest math result. Routing reads it on every vote, so it is cached (outside transactions)
   * and, once expired, reloaded only when a newer version exists: a result can be megabytes.
   */
  async latest(conversationId: string): Promise<MathSnapshot | null> {
    const cache = this.db.isTransaction ? null : readCacheOf(this.db);
    if (!cache) return this.load(conversationId);
    const kept = await cache.snapshots.through(conversationId, async () => {
      const expired = cache.snapshots.expired(conversationId);
      if (expired) {
        const newest = await this.db
          .selectFrom('math_snapshots')
          .select('version')
          .where('conversation_id', '=', conversationId)
          .orderBy('version', 'desc')
          .limit(1)
          .executeTakeFirst();
        if ((newest?.version ?? null) === (expired.snapshot?.version ?? null)) return expired;
      }
      return { snapshot: await this.load(conversationId) };
    });
    return kept!.snapshot;
  }

  private async load(conversationId: string): Promise<MathSnapshot | null> {
    const r = await this.db
      .selectFrom('math_snapshots')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .orderBy('version', 'desc')
      .executeTakeFirst();
    if (!r) return null;
    return {
      conversationId: r.conversation_id,
      version: r.version,
      createdAt: r.created_at,
      votes: r.votes,
      participants: r.participants,
      statements: r.statements,
      params: JSON.parse(r.params),
      timingsMs: JSON.parse(r.timings),
      result: JSON.parse(r.result),
    };
  }

  async latestVersions(): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('math_snapshots')
      .select(['conversation_id', (eb) => eb.fn.max('version').as('v')])
      .groupBy('conversation_id')
      .execute();
    return new Map(rows.map((r) => [r.conversation_id, Number(r.v)]));
  }
}

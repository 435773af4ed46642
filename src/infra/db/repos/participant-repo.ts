import type { Kysely } from 'kysely';
import type { Participant, ParticipantRepo } from '../../../app/ports.js';
import type { Database } from '../schema.js';
import { runSteps, type Steps } from '../steps.js';
import { CompiledOnce } from './compiled-once.js';
import { readCacheOf } from './read-cache.js';

type Row = Database['participants'];

const toParticipant = (r: Row): Participant => ({
  id: r.id,
  conversationId: r.conversation_id,
  segment: r.segment,
  bannedAt: r.banned_at,
  createdAt: r.created_at,
});

/** Every vote looks its participant up: built and compiled once (see `CompiledOnce`). */
const selectByKey = new CompiledOnce(2, (db: Kysely<Database>, conversationId: string, key: string) =>
  db.selectFrom('participants').selectAll().where('conversation_id', '=', conversationId).where('key_hash', '=', key),
);

/**
 * Registers a participant; two first requests from one browser may race, and the unique key lets
 * one insert win so that both read the same participant back.
 */
const insertParticipant = new CompiledOnce(4, (db: Kysely<Database>, id: string, conversationId: string, key: string, now: number) =>
  db
    .insertInto('participants')
    .values({ id, conversation_id: conversationId, key_hash: key, segment: null, banned_at: null, created_at: now })
    .onConflict((oc) => oc.columns(['conversation_id', 'key_hash']).doNothing()),
);

/** The participant behind a browser key, registered with an id from `newId` on first use. */
export function* participantByKeySteps(
  db: Kysely<Database>,
  conversationId: string,
  key: string,
  newId: () => string,
  now: number,
): Steps<Participant> {
  let row = (yield selectByKey.compile(db, conversationId, key)).rows[0];
  if (!row) {
    yield insertParticipant.compile(db, newId(), conversationId, key, now);
    row = (yield selectByKey.compile(db, conversationId, key)).rows[0];
    if (!row) throw new Error('participant vanished after insert');
  }
  return toParticipant(row);
}

export class KyselyParticipantRepo implements ParticipantRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async findOrCreate(conversationId: string, key: string, newId: string, now: number): Promise<Participant> {
    return runSteps(this.db, (db) => participantByKeySteps(db, conversationId, key, () => newId, now));
  }

  async findByKey(conversationId: string, key: string): Promise<Participant | null> {
    const row = (await selectByKey.execute<Row>(this.db, conversationId, key)).rows[0];
    return row ? toParticipant(row) : null;
  }

  async findById(conversationId: string, id: string): Promise<Participant | null> {
    const row = await this.db
      .selectFrom('participants')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toParticipant(row) : null;
  }

  async setSegment(id: string, segment: string | null): Promise<void> {
    await this.db.updateTable('participants').set({ segment }).where('id', '=', id).execute();
  }

  async ban(id: string, at: number): Promise<void> {
    await this.db.updateTable('participants').set({ banned_at: at }).where('id', '=', id).execute();
    // Their votes leave the tallies as they leave the math.
    readCacheOf(this.db)?.forgetTallies();
  }

  async erase(id: string): Promise<void> {
    // Votes on the erased statements and the participant's own votes go with them (cascade).
    await this.db.deleteFrom('statements').where('author_participant_id', '=', id).execute();
    await this.db.deleteFrom('participants').where('id', '=', id).execute();
    const cache = readCacheOf(this.db);
    cache?.published.forget();
    cache?.forgetTallies();
  }

  async bannedIds(conversationId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('participants')
      .select('id')
      .where('conversation_id', '=', conversationId)
      .where('banned_at', 'is not', null)
      .orderBy('id')
      .execute();
    return rows.map((r) => r.id);
  }

  async count(conversationId: string): Promise<number> {
    const row = await this.db
      .selectFrom('participants')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('conversation_id', '=', conversationId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

import type { Kysely } from 'kysely';
import type { ConversationRepo, NewConversation } from '../../../app/ports.js';
import type { Conversation } from '../../../domain/conversation/conversation.js';
import { withDefaults } from '../../../domain/conversation/settings.js';
import type { ConversationTexts } from '../../../domain/conversation/texts.js';
import type { Lang } from '../../../domain/languages.js';
import type { Database } from '../schema.js';
import { readCacheOf } from './read-cache.js';

type Row = Database['conversations'];
type TextRow = Database['conversation_texts'];

function toConversation(row: Row, texts: TextRow[]): Conversation {
  return {
    id: row.id,
    slug: row.slug,
    languages: row.languages.split(',') as Lang[],
    texts: Object.fromEntries(
      texts.map((t) => [
        t.lang,
        { title: t.title, question: t.question, description: t.description, rules: JSON.parse(t.rules), contact: t.contact },
      ]),
    ),
    schedule: { opensAt: row.opens_at, statementsCloseAt: row.statements_close_at, closesAt: row.closes_at },
    closedManually: row.closed_manually === 1,
    settings: withDefaults(JSON.parse(row.settings)),
    createdAt: row.created_at,
    logoUpdatedAt: row.logo_updated_at ?? null,
  };
}

function textRows(conversationId: string, texts: Partial<Record<Lang, ConversationTexts>>): TextRow[] {
  return Object.entries(texts).map(([lang, t]) => ({
    conversation_id: conversationId,
    lang,
    title: t.title,
    question: t.question,
    description: t.description,
    rules: JSON.stringify(t.rules),
    contact: t.contact,
  }));
}

export class KyselyConversationRepo implements ConversationRepo {
  private readonly cache;

  constructor(private readonly db: Kysely<Database>) {
    this.cache = readCacheOf(db);
  }

  async create(c: NewConversation): Promise<void> {
    await this.db
      .insertInto('conversations')
      .values({
        id: c.id,
        slug: c.slug,
        languages: c.languages.join(','),
        opens_at: c.schedule.opensAt,
        statements_close_at: c.schedule.statementsCloseAt,
        closes_at: c.schedule.closesAt,
        closed_manually: 0,
        settings: JSON.stringify(c.settings),
        created_at: c.createdAt,
        logo_updated_at: null,
      })
      .execute();
    const rows = textRows(c.id, c.texts);
    if (rows.length > 0) await this.db.insertInto('conversation_texts').values(rows).execute();
    this.cache?.conversations.forget();
  }

  private async withTexts(rows: Row[]): Promise<Conversation[]> {
    if (rows.length === 0) return [];
    const texts = await this.db
      .selectFrom('conversation_texts')
      .selectAll()
      .where('conversation_id', 'in', rows.map((r) => r.id))
      .execute();
    return rows.map((r) => toConversation(r, texts.filter((t) => t.conversation_id === r.id)));
  }

  async findBySlug(slug: string): Promise<Conversation | null> {
    // Every vote looks its conversation up: cached, outside transactions (which may roll back).
    if (this.cache && !this.db.isTransaction) return this.cache.conversations.through(slug, () => this.loadBySlug(slug));
    return this.loadBySlug(slug);
  }

  private async loadBySlug(slug: string): Promise<Conversation | null> {
    const row = await this.db.selectFrom('conversations').selectAll().where('slug', '=', slug).executeTakeFirst();
    return row ? ((await this.withTexts([row]))[0] ?? null) : null;
  }

  async findById(id: string): Promise<Conversation | null> {
    const row = await this.db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? ((await this.withTexts([row]))[0] ?? null) : null;
  }

  async list(): Promise<Conversation[]> {
    const rows = await this.db.selectFrom('conversations').selectAll().orderBy('created_at', 'desc').orderBy('id').execute();
    return this.withTexts(rows);
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('conversations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async update(
    id: string,
    changes: Partial<Pick<Conversation, 'schedule' | 'settings' | 'closedManually' | 'languages' | 'texts'>>,
  ): Promise<void> {
    const values: Partial<Row> = {};
    if (changes.schedule) {
      values.opens_at = changes.schedule.opensAt;
      values.statements_close_at = changes.schedule.statementsCloseAt;
      values.closes_at = changes.schedule.closesAt;
    }
    if (changes.settings) values.settings = JSON.stringify(changes.settings);
    if (changes.closedManually !== undefined) values.closed_manually = changes.closedManually ? 1 : 0;
    if (changes.languages) values.languages = changes.languages.join(',');
    if (Object.keys(values).length > 0) await this.db.updateTable('conversations').set(values).where('id', '=', id).execute();
    if (changes.texts) {
      await this.db.deleteFrom('conversation_texts').where('conversation_id', '=', id).execute();
      const rows = textRows(id, changes.texts);
      if (rows.length > 0) await this.db.insertInto('conversation_texts').values(rows).execute();
    }
    // After the writes: a read that slipped in before them must not stay cached.
    this.cache?.conversations.forget();
  }
}

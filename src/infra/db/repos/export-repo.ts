import type { Kysely } from 'kysely';
import type { ExportRepo, ExportVoteEvent } from '../../../app/ports.js';
import type { VoteValue } from '../../../domain/vote/vote.js';
import type { Database } from '../schema.js';

const toEvent = (r: { id: number; participant_id: string; statement_id: string; value: number; created_at: number }): ExportVoteEvent => ({
  seq: Number(r.id),
  participantId: r.participant_id,
  statementId: r.statement_id,
  value: r.value as VoteValue,
  createdAt: Number(r.created_at),
});

export class KyselyExportRepo implements ExportRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async lastVoteSeq(conversationId: string): Promise<number> {
    const row = await this.db
      .selectFrom('votes')
      .select((eb) => eb.fn.max('id').as('seq'))
      .where('conversation_id', '=', conversationId)
      .executeTakeFirst();
    return Number(row?.seq ?? 0);
  }

  async voteEvents(conversationId: string, afterSeq: number, uptoSeq: number, limit: number): Promise<ExportVoteEvent[]> {
    const rows = await this.db
      .selectFrom('votes')
      .select(['id', 'participant_id', 'statement_id', 'value', 'created_at'])
      .where('conversation_id', '=', conversationId)
      .where('id', '>', afterSeq)
      .where('id', '<=', uptoSeq)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(toEvent);
  }

  async voteEventsOf(conversationId: string, participantIds: string[], uptoSeq: number): Promise<ExportVoteEvent[]> {
    const events: ExportVoteEvent[] = [];
    // Chunked to stay under the databases' parameter limits; callers pass a few hundred at a time.
    for (let i = 0; i < participantIds.length; i += 500) {
      // The conversation is checked on the rows rather than in the query: given it, SQLite without
      // statistics walks the conversation's whole history instead of the participants' index.
      const rows = await this.db
        .selectFrom('votes')
        .select(['id', 'conversation_id', 'participant_id', 'statement_id', 'value', 'created_at'])
        .where('participant_id', 'in', participantIds.slice(i, i + 500))
        .where('id', '<=', uptoSeq)
        .orderBy('id')
        .execute();
      for (const r of rows) if (r.conversation_id === conversationId) events.push(toEvent(r));
    }
    if (participantIds.length > 500) events.sort((a, b) => a.seq - b.seq);
    return events;
  }

  async organizesAny(userId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('user_roles')
      .select('conversation_id')
      .where('user_id', '=', userId)
      .where('role', '=', 'organizer')
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }
}

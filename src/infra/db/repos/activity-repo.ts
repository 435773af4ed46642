import { sql, type Kysely } from 'kysely';
import type { ActivityRepo, HourActivity, SegmentSize, SegmentTally } from '../../../app/ports.js';
import type { Database } from '../schema.js';

// Integer division truncates on both databases (SQLite integers, PostgreSQL bigint); times are
// positive, so truncation is the floor. Literals, not parameters, so GROUP BY sees one expression.
const hourOf = (column: string) => sql<number>`(${sql.ref(column)} / 3600000) * 3600000`;

/** Null segments first, then by name: SQLite and PostgreSQL sort nulls differently, so sort here. */
const bySegment = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;

export class KyselyActivityRepo implements ActivityRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async byHour(conversationId: string): Promise<HourActivity[]> {
    const votes = await this.db
      .selectFrom('votes')
      .select([hourOf('created_at').as('hour'), (eb) => eb.fn.countAll().as('n')])
      .where('conversation_id', '=', conversationId)
      .groupBy(sql`1`)
      .execute();
    const firstVotes = this.db
      .selectFrom('votes')
      .select(['participant_id', (eb) => eb.fn.min('created_at').as('first_at')])
      .where('conversation_id', '=', conversationId)
      .groupBy('participant_id')
      .as('f');
    const newVoters = await this.db
      .selectFrom(firstVotes)
      .select([hourOf('f.first_at').as('hour'), (eb) => eb.fn.countAll().as('n')])
      .groupBy(sql`1`)
      .execute();
    const statements = await this.db
      .selectFrom('statements')
      .select([hourOf('created_at').as('hour'), (eb) => eb.fn.countAll().as('n')])
      .where('conversation_id', '=', conversationId)
      .where('is_seed', '=', 0)
      .groupBy(sql`1`)
      .execute();

    const hours = new Map<number, HourActivity>();
    const at = (hour: unknown) => {
      const hourStart = Number(hour);
      let row = hours.get(hourStart);
      if (!row) hours.set(hourStart, (row = { hourStart, votes: 0, newVoters: 0, statements: 0 }));
      return row;
    };
    for (const r of votes) at(r.hour).votes = Number(r.n);
    for (const r of newVoters) at(r.hour).newVoters = Number(r.n);
    for (const r of statements) at(r.hour).statements = Number(r.n);
    return [...hours.values()].sort((a, b) => a.hourStart - b.hourStart);
  }

  async segmentTallies(conversationId: string): Promise<SegmentTally[]> {
    const count = (value: number) => sql<number>`sum(case when lv.value = ${sql.lit(value)} then 1 else 0 end)`;
    const rows = await this.db
      .selectFrom('latest_votes as lv')
      .innerJoin('participants as p', 'p.id', 'lv.participant_id')
      .select(['p.segment', 'lv.statement_id', count(1).as('agree'), count(-1).as('disagree'), count(0).as('pass')])
      .where('lv.conversation_id', '=', conversationId)
      .where('p.banned_at', 'is', null)
      .groupBy(['p.segment', 'lv.statement_id'])
      .execute();
    return rows
      .map((r) => ({
        segment: r.segment,
        statementId: r.statement_id,
        agree: Number(r.agree),
        disagree: Number(r.disagree),
        pass: Number(r.pass),
      }))
      .sort((a, b) => bySegment(a.segment, b.segment) || (a.statementId < b.statementId ? -1 : a.statementId > b.statementId ? 1 : 0));
  }

  async segmentSizes(conversationId: string): Promise<SegmentSize[]> {
    const rows = await this.db
      .selectFrom('participants')
      .select(['segment', (eb) => eb.fn.countAll().as('n')])
      .where('conversation_id', '=', conversationId)
      .where('banned_at', 'is', null)
      .groupBy('segment')
      .execute();
    return rows
      .map((r) => ({ segment: r.segment, participants: Number(r.n) }))
      .sort((a, b) => bySegment(a.segment, b.segment));
  }
}

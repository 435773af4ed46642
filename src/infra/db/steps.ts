import type { CompiledQuery, Kysely, QueryResult } from 'kysely';

/**
 * A unit of work written once for both databases: a generator that yields each query and is
 * handed its result. Kysely runs it query by query in a transaction (`runSteps`); SQLite's group
 * commit runs it synchronously, in one go, inside its open batch (`AtomicSteps`), which spares the
 * hottest write, a vote, the cost of a transaction's promises on every query.
 */
export type Steps<T> = Generator<CompiledQuery, T, QueryResult<any>>;

/** Runs a unit of steps as one transaction, durable when the promise resolves. */
export interface AtomicSteps {
  run<T>(steps: Steps<T>): Promise<T>;
}

/** Runs `steps` through Kysely: in a transaction of its own, or in the one `db` already is. */
export async function runSteps<T>(db: Kysely<any>, makeSteps: (db: Kysely<any>) => Steps<T>): Promise<T> {
  if (db.isTransaction) return drive(makeSteps(db), db);
  return db.transaction().execute((trx) => drive(makeSteps(trx), trx));
}

async function drive<T>(steps: Steps<T>, db: Kysely<any>): Promise<T> {
  let step = steps.next();
  while (!step.done) step = steps.next(await db.executeQuery(step.value));
  return step.value;
}

import { CompiledQuery, type Compilable, type Kysely, type QueryResult } from 'kysely';

/**
 * A query that Kysely builds and compiles once per dialect instead of on every call: for the short
 * inserts every vote makes, building and compiling cost more than the database takes to run them.
 * `build` is called once with a marker for each argument; the compiled parameters are mapped back
 * to the arguments, so the SQL and its parameter order stay Kysely's own.
 */
export class CompiledOnce<Args extends unknown[]> {
  private readonly compiled = new WeakMap<object, { sql: string; slots: number[]; fixed: unknown[] }>();

  constructor(
    private readonly arity: Args['length'],
    private readonly build: (db: Kysely<any>, ...args: Args) => Compilable,
  ) {}

  execute<R>(db: Kysely<any>, ...args: Args): Promise<QueryResult<R>> {
    return db.executeQuery<R>(this.compile(db, ...args));
  }

  /** The query for these arguments, to run later (a step of `Steps`). */
  compile(db: Kysely<any>, ...args: Args): CompiledQuery {
    // One adapter per opened database, shared by its transactions.
    const adapter = db.getExecutor().adapter;
    let plan = this.compiled.get(adapter);
    if (!plan) this.compiled.set(adapter, (plan = this.plan(db)));
    const parameters = plan.slots.map((slot, i) => (slot >= 0 ? args[slot] : plan.fixed[i]));
    return CompiledQuery.raw(plan.sql, parameters);
  }

  private plan(db: Kysely<any>) {
    const markers = Array.from({ length: this.arity }, (_, i) => `\u0000sopu-argument-${i}\u0000`);
    const query = this.build(db, ...(markers as Args)).compile();
    const slots = query.parameters.map((p) => markers.indexOf(p as string));
    if (new Set(slots.filter((s) => s >= 0)).size !== this.arity) throw new Error('every argument must be a parameter of the query');
    return { sql: query.sql, slots, fixed: [...query.parameters] };
  }
}

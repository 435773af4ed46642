import { createHash } from 'node:crypto';
import SqliteDatabase from 'better-sqlite3';

/**
 * A digest of every row of every table of an SQLite database, read through a connection of its
 * own: what is committed, as another process would see it.
 */
export function stateDigest(file: string): { digest: string; rows: Record<string, number> } {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    const tables = (db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[]).map(
      (t) => t.name,
    );
    const hash = createHash('sha256');
    const rows: Record<string, number> = {};
    for (const table of tables) {
      const all = db.prepare(`select * from "${table}" order by rowid`).all();
      rows[table] = all.length;
      hash.update(table).update(JSON.stringify(all));
    }
    return { digest: hash.digest('hex'), rows };
  } finally {
    db.close();
  }
}

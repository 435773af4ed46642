import { openDatabase, type DatabaseTarget } from './connect.js';
import { KyselyStore } from './kysely-store.js';
import { migrateToLatest } from './migrate.js';

/** Opens the database, brings its schema up to date and returns the store over it. */
export async function openStore(target: DatabaseTarget): Promise<KyselyStore> {
  const { db, dialect, atomic } = openDatabase(target);
  try {
    await migrateToLatest(db, dialect);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return new KyselyStore(db, dialect, { atomic });
}

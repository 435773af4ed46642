import { loadConfig } from '../../infra/config.js';
import { openDatabase } from '../../infra/db/connect.js';
import { migrateToLatest } from '../../infra/db/migrate.js';
import type { Command } from '../command.js';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Bring the database schema up to date (serve does this too)',
  usage: 'sopu migrate',
  async run() {
    const { db, dialect } = openDatabase(loadConfig().database);
    try {
      const applied = await migrateToLatest(db, dialect);
      process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'The schema is up to date.\n');
      return 0;
    } finally {
      await db.destroy();
    }
  },
};

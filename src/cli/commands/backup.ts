import { resolve } from 'node:path';
import { loadConfig } from '../../infra/config.js';
import { BackupError, backupSqlite } from '../../infra/db/backup.js';
import { parseArgs } from '../args.js';
import type { Command } from '../command.js';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Copy the SQLite database to a file while Sopu keeps serving (PostgreSQL: pg_dump)',
  usage:
    'sopu backup FILE\n\n' +
    'Copies DATA_DIR/sopu.db to FILE (which must not exist) with SQLite\'s online backup API; Sopu may\n' +
    'keep serving meanwhile. To restore, stop Sopu and copy FILE to DATA_DIR/sopu.db (with no\n' +
    'sopu.db-wal or sopu.db-shm beside it). On PostgreSQL use pg_dump and pg_restore (see the README).',
  async run(args) {
    const { positional } = parseArgs(args);
    const file = positional[0];
    if (!file || positional.length > 1) {
      process.stderr.write(`${this.usage}\n`);
      return 2;
    }
    const config = loadConfig();
    if (config.database.dialect !== 'sqlite') {
      process.stderr.write('sopu backup copies an SQLite database; on PostgreSQL use pg_dump (see the README).\n');
      return 2;
    }
    try {
      const result = await backupSqlite(config.database.location, resolve(file));
      process.stdout.write(`Backed up ${config.database.location} to ${result.file} (${(result.bytes / 2 ** 20).toFixed(1)} MiB)\n`);
      return 0;
    } catch (err) {
      if (!(err instanceof BackupError)) throw err;
      process.stderr.write(`sopu backup: ${err.message}\n`);
      return 1;
    }
  },
};

import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';

/** A backup that cannot be made, with a message for the person who asked for it. */
export class BackupError extends Error {}

export interface BackupResult {
  file: string;
  bytes: number;
}

/**
 * Copies the SQLite database at `source` to `destination` with SQLite's online backup API, while
 * Sopu keeps serving: the copy is one consistent moment of the database, votes committed up to
 * then included. The copy is written beside the destination first and renamed when complete and
 * checked, so a half-written file never carries the backup's name. It is a single file (no `-wal`
 * beside it): restoring is copying it to `DATA_DIR/sopu.db`.
 */
export async function backupSqlite(source: string, destination: string): Promise<BackupResult> {
  if (!existsSync(source)) throw new BackupError(`There is no database at ${source} (is DATA_DIR right?)`);
  if (existsSync(destination)) throw new BackupError(`${destination} exists already; choose a new name`);
  if (!existsSync(dirname(destination))) throw new BackupError(`The folder ${dirname(destination)} does not exist`);
  const partial = `${destination}.partial-${process.pid}`;
  const db = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    // The first step copies every page under one read transaction: writers go on meanwhile (WAL),
    // and the copy does not start over when they commit.
    await db.backup(partial);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  } finally {
    db.close();
  }
  try {
    const copy = new SqliteDatabase(partial);
    try {
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new BackupError(`The copy does not pass SQLite's check: ${String(check)}`);
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    renameSync(partial, destination);
  } catch (err) {
    rmSync(partial, { force: true });
    rmSync(`${partial}-wal`, { force: true });
    rmSync(`${partial}-shm`, { force: true });
    throw err;
  }
  return { file: destination, bytes: statSync(destination).size };
}

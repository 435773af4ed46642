import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { pgAdminUrl, postgresTestDatabase } from '../support/databases.js';

/** A fresh database for a `sopu serve` process, and a way to read it from the test. */
export interface ServeTarget {
  /** Environment for `startServerProcess`. */
  env: Record<string, string>;
  /** Runs a read-only query on the database itself, beside the server. */
  query<R>(text: string, params?: unknown[]): Promise<R[]>;
  cleanup(): Promise<void>;
}

export interface TargetKind {
  name: 'SQLite' | 'PostgreSQL';
  /** Null when there is no PostgreSQL to test on. */
  open: (() => Promise<ServeTarget>) | null;
}

async function sqliteTarget(): Promise<ServeTarget> {
  const dir = mkdtempSync(join(tmpdir(), 'sopu-load-'));
  const file = join(dir, 'sopu.db');
  return {
    env: { DATA_DIR: dir },
    async query<R>(text: string, params: unknown[] = []) {
      // `$1` placeholders as in PostgreSQL.
      const db = new SqliteDatabase(file, { readonly: true });
      try {
        return db.prepare(text.replace(/\$\d+/g, '?')).all(...params) as R[];
      } finally {
        db.close();
      }
    },
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresTarget(adminUrl: string): Promise<ServeTarget> {
  const database = await postgresTestDatabase(adminUrl);
  const dir = mkdtempSync(join(tmpdir(), 'sopu-load-'));
  return {
    env: { DATABASE_URL: database.url, DATA_DIR: dir },
    async query<R>(text: string, params: unknown[] = []) {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        return (await client.query(text, params)).rows as R[];
      } finally {
        await client.end();
      }
    },
    async cleanup() {
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function serveTargets(): TargetKind[] {
  const adminUrl = pgAdminUrl();
  return [
    { name: 'SQLite', open: sqliteTarget },
    { name: 'PostgreSQL', open: adminUrl ? () => postgresTarget(adminUrl) : null },
  ];
}

export const DEMO_SLUG = 'helsinki-osallisuus-2026';

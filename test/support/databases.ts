import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { KyselyStore } from '../../src/infra/db/kysely-store.js';
import { openStore } from '../../src/infra/db/open-store.js';

export interface TestStore {
  store: KyselyStore;
  /** Where the database lives, for tests that start a server process on it. */
  location: string;
  cleanup(): Promise<void>;
}

/** A fresh SQLite database in a file of its own (WAL needs a real file). */
export async function sqliteTestStore(): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), 'sopu-test-'));
  const location = join(dir, 'sopu.db');
  const store = await openStore({ dialect: 'sqlite', location });
  return {
    store,
    location,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The test run's PostgreSQL, or null when there is none (the suite then skips with a notice). */
export function pgAdminUrl(): string | null {
  return inject('pgAdminUrl');
}

/** A fresh PostgreSQL database of its own, dropped afterwards. */
export async function postgresTestDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `sopu_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        // Closed pools leave their backends a moment to go; forcing them earlier makes the
        // closing clients report an error after the test has finished.
        for (let i = 0; i < 50; i++) {
          const { rows } = await c.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
          if (rows[0].n === 0) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

export async function postgresTestStore(adminUrl: string): Promise<TestStore> {
  const database = await postgresTestDatabase(adminUrl);
  const store = await openStore({ dialect: 'postgres', location: database.url });
  return {
    store,
    location: database.url,
    async cleanup() {
      await store.close();
      await database.drop();
    },
  };
}

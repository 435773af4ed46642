import type { LightMyRequestResponse } from 'fastify';
import { buildServer } from '../../src/http/server.js';
import type { App } from '../../src/http/types.js';
import type { PasswordHasher } from '../../src/app/ports.js';
import { seedDemoIfEmpty } from '../../src/infra/demo/seed-demo.js';
import { ManualClock } from '../../src/infra/system/clock.js';
import { randomIds } from '../../src/infra/system/ids.js';
import { InMemorySimilarityIndexes } from '../../src/infra/similarity/similarity-indexes.js';
import { sqliteTestStore, type TestStore } from './databases.js';

/** Fast, deterministic stand-in for argon2 where a test does not exercise passwords. */
export const plainPasswords: PasswordHasher = {
  hash: async (p) => `plain:${p}`,
  verify: async (h, p) => h === `plain:${p}`,
};

export interface TestServer {
  app: App;
  clock: ManualClock;
  db: TestStore;
  deps: Parameters<typeof buildServer>[0] & { store: TestStore['store'] };
  close(): Promise<void>;
}

/** The real HTTP app over a fresh SQLite database, with a clock the test moves. */
export async function testServer(options: { now?: number; seedDemo?: boolean; open?: () => Promise<TestStore> } = {}): Promise<TestServer> {
  const db = await (options.open ?? sqliteTestStore)();
  const clock = new ManualClock(options.now ?? Date.UTC(2026, 0, 19, 8, 0));
  const deps = { store: db.store, clock, ids: randomIds, passwords: plainPasswords, similarity: new InMemorySimilarityIndexes(db.store, 0) };
  if (options.seedDemo) await seedDemoIfEmpty(deps);
  const app = await buildServer(deps);
  return {
    app,
    clock,
    db,
    deps,
    async close() {
      await app.close();
      await db.cleanup();
    },
  };
}

/** The participant cookie a response set, to send back as a browser would. */
export function cookieFrom(res: LightMyRequestResponse): string {
  const set = res.cookies.find((c) => c.name === 'sopu_participant');
  if (!set) throw new Error('no participant cookie was set');
  return `${set.name}=${set.value}`;
}

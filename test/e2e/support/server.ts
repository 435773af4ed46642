import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer } from '../../../src/http/server.js';
import type { HttpDeps } from '../../../src/http/types.js';
import { openStore } from '../../../src/infra/db/open-store.js';
import { seedDemoIfEmpty } from '../../../src/infra/demo/seed-demo.js';
import { InMemorySimilarityIndexes } from '../../../src/infra/similarity/similarity-indexes.js';
import { systemClock } from '../../../src/infra/system/clock.js';
import { randomIds } from '../../../src/infra/system/ids.js';
import { plainPasswords } from '../../support/http.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const WEB_DIR = join(root, 'dist', 'web');
export const DEMO_SLUG = 'helsinki-osallisuus-2026';


export interface DemoServer {
  url: string;
  /** The server's own dependencies, for tests that put data in place directly. */
  deps: HttpDeps;
  close(): Promise<void>;
}

/**
 * The real server, in this process, on a random loopback port over a fresh SQLite database with
 * the demo conversation seeded (open from today), serving the built web app.
 */
export async function startDemoServer(): Promise<DemoServer> {
  if (!existsSync(join(WEB_DIR, 'index.html'))) {
    throw new Error('dist/web is not built: run `npx vite build --config web/vite.config.ts` (npm run build:web) first');
  }
  const dir = mkdtempSync(join(tmpdir(), 'sopu-e2e-'));
  const store = await openStore({ dialect: 'sqlite', location: join(dir, 'sopu.db') });
  const deps = { store, clock: systemClock, ids: randomIds, passwords: plainPasswords, similarity: new InMemorySimilarityIndexes(store) };
  await seedDemoIfEmpty(deps);
  const app = await buildServer(deps, { webDir: WEB_DIR });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    deps,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HttpDeps } from '../http/types.js';
import { argon2Passwords } from '../infra/auth/passwords.js';
import type { Config } from '../infra/config.js';
import type { KyselyStore } from '../infra/db/kysely-store.js';
import { openStore } from '../infra/db/open-store.js';
import { systemClock } from '../infra/system/clock.js';
import { randomIds } from '../infra/system/ids.js';
import { InMemorySimilarityIndexes } from '../infra/similarity/similarity-indexes.js';

/** The package root, whether running from `src/` (tsx) or from the build in `dist/`. */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

export interface Runtime extends HttpDeps {
  store: KyselyStore;
}

/** Opens (and migrates) the configured database and wires the real adapters. */
export async function openRuntime(config: Config): Promise<Runtime> {
  const store = await openStore(config.database);
  return { store, clock: systemClock, ids: randomIds, passwords: argon2Passwords, similarity: new InMemorySimilarityIndexes(store) };
}

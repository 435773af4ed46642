import type { AppDeps, SimilarityIndexes } from '../../src/app/ports.js';
import { createConversation } from '../../src/app/conversations/create-conversation.js';
import { InMemorySimilarityIndexes } from '../../src/infra/similarity/similarity-indexes.js';
import { ManualClock } from '../../src/infra/system/clock.js';
import { randomIds } from '../../src/infra/system/ids.js';
import { sqliteTestStore, type TestStore } from './databases.js';
import { DAY, T0 } from './factories.js';
import { plainPasswords } from './http.js';

/** Use-case dependencies over a real, fresh SQLite store and a clock the test moves. */
export async function appHarness() {
  const db: TestStore = await sqliteTestStore();
  const clock = new ManualClock(T0 + 1000);
  const deps: AppDeps & { passwords: typeof plainPasswords; similarity: SimilarityIndexes } = {
    store: db.store,
    clock,
    ids: randomIds,
    passwords: plainPasswords,
    // No caching between calls: each submission sees the statements written before it.
    similarity: new InMemorySimilarityIndexes(db.store, 0),
  };
  const conversation = await createConversation(deps, {
    slug: 'testi',
    languages: ['fi', 'sv', 'en'],
    texts: { fi: { title: 'Testi' } },
    schedule: { opensAt: T0, statementsCloseAt: T0 + 6 * DAY, closesAt: T0 + 13 * DAY },
    settings: { segmentQuestion: { question: { fi: 'Osallistun' }, options: [{ id: 'resident', label: { fi: 'asukkaana' } }] } },
  });
  return { db, clock, deps, conversation, cleanup: () => db.cleanup() };
}

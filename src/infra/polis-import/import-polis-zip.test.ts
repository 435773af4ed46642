import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appHarness } from '../../../test/support/app.js';
import { makeUser } from '../../../test/support/factories.js';
import { importPolisZip } from './import-polis-zip.js';

const SEATTLE = join(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/polis-open-data/15-per-hour-seattle');
const file = (name: string) => new Uint8Array(readFileSync(join(SEATTLE, name)));

describe('importing an uploaded Pol.is export zip', () => {
  let h: Awaited<ReturnType<typeof appHarness>>;
  beforeEach(async () => {
    h = await appHarness();
  });
  afterEach(() => h.cleanup());

  it('makes the importer its organizer and logs the import under their name, once', async () => {
    const organizer = await makeUser(h.db.store);
    const zip = zipSync({ 'comments.csv': file('comments.csv'), 'votes.csv': file('votes.csv'), 'summary.csv': file('summary.csv') });
    const summary = await importPolisZip(h.deps, zip, { slug: 'seattle', organizerUserId: organizer.id });
    const id = summary.conversation.id;
    expect(await h.db.store.users.roleIn(organizer.id, id)).toBe('organizer');
    const log = await h.db.store.audit.list(id);
    expect(log.map((e) => [e.action, e.actorUserId])).toEqual([['import', organizer.id]]);
    expect(log[0]).toMatchObject({
      statementId: null, createdAt: h.clock.now(),
      details: { strict: false, statements: summary.statements, participants: summary.participants, votes: summary.votes },
    });
    expect(summary.statements).toBeGreaterThan(0);
  });
});

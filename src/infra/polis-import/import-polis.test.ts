import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPolisExport, type PolisConversation, type PolisStatement } from '../polis/index.js';
import { appHarness } from '../../../test/support/app.js';
import { importPolisConversation } from './import-polis.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/polis-open-data');

describe('importing a Pol.is export', () => {
  let h: Awaited<ReturnType<typeof appHarness>>;
  beforeEach(async () => {
    h = await appHarness();
  });
  afterEach(() => h.cleanup());

  it('brings in every statement, participant and vote of a real conversation as a closed conversation', async () => {
    const polis = readPolisExport(join(fixtures, '15-per-hour-seattle'));
    const summary = await importPolisConversation(h.deps, polis, { slug: 'seattle', lang: 'en', title: '$15/hour' });
    expect(summary.statements).toBe(polis.statements.length);
    expect(summary.votes).toBe(polis.votes.length);
    const c = summary.conversation;
    expect((await h.db.store.conversations.findBySlug('seattle'))!.texts.en!.title).toBe('$15/hour');
    const counts = await h.db.store.votes.count(c.id);
    expect(counts.events).toBe(polis.votes.length);
    // The latest vote per voter and statement: the same matrix as the export's own final state.
    const latest = new Map<string, number>();
    for (const v of polis.votes) latest.set(`${v.participantId}/${v.statementId}`, v.value);
    expect(counts.latest).toBe(latest.size);
    expect(await h.db.store.votes.voterCount(c.id)).toBe(new Set(polis.votes.map((v) => v.participantId)).size);
    const byStatus = await h.db.store.statements.countByStatus(c.id);
    expect(byStatus.rejected).toBe(polis.statements.filter((s) => s.moderation === 'rejected').length);
    expect(byStatus.published + byStatus.rejected + byStatus.pending).toBe(polis.statements.length);
    // A second import under the same address is refused and changes nothing.
    await expect(importPolisConversation(h.deps, polis, { slug: 'seattle', lang: 'en', title: 'again' })).rejects.toMatchObject({ code: 'slug_taken' });
    expect((await h.db.store.votes.count(c.id)).events).toBe(polis.votes.length);
  });

  it('leaves an unmoderated statement that identifies a person pending, even without --strict', async () => {
    const statement = (id: string, text: string, moderation: PolisStatement['moderation']): PolisStatement => ({
      id, text, moderation, isMeta: false, isSeed: false, authorId: null, createdAt: null,
    });
    const polis: PolisConversation = {
      statements: [
        statement('0', 'Bike lanes should be cleared of snow first', 'unmoderated'),
        statement('1', 'My neighbour 131052-308T parks on the bike lane every day', 'unmoderated'),
        statement('2', 'Write to matti.meikalainen@example.fi about the bike lanes', 'unmoderated'),
        statement('3', 'Bike lanes need better lighting', 'accepted'),
      ],
      votes: [],
      participants: null,
      groups: null,
      strictModeration: false,
    };
    const { conversation } = await importPolisConversation(h.deps, polis, { slug: 'bikes', lang: 'en', title: 'Bike lanes' });
    const status = async (text: string) =>
      (await h.db.store.statements.list(conversation.id, ['published', 'pending', 'rejected'])).find((s) => s.text === text)!.status;
    expect(await status('Bike lanes should be cleared of snow first')).toBe('published');
    expect(await status('My neighbour 131052-308T parks on the bike lane every day')).toBe('pending');
    expect(await status('Write to matti.meikalainen@example.fi about the bike lanes')).toBe('pending');
    expect(await status('Bike lanes need better lighting')).toBe('published');
  });
});

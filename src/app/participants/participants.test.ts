import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appHarness } from '../../../test/support/app.js';
import { castVote } from '../votes/cast-vote.js';
import { submitStatement } from '../statements/submit-statement.js';
import { eraseMyData } from './erase-my-data.js';
import { setSegment } from './set-segment.js';
import { addSeedStatements } from '../statements/add-seed-statements.js';

describe('participants', () => {
  let h: Awaited<ReturnType<typeof appHarness>>;
  beforeEach(async () => {
    h = await appHarness();
  });
  afterEach(() => h.cleanup());

  it('answers the segment question with one of its options, or none', async () => {
    const p = await setSegment(h.deps, { slug: 'testi', participantKey: 'k', segment: 'resident' });
    expect((await h.db.store.participants.findById(h.conversation.id, p.id))!.segment).toBe('resident');
    await setSegment(h.deps, { slug: 'testi', participantKey: 'k', segment: null });
    expect((await h.db.store.participants.findById(h.conversation.id, p.id))!.segment).toBeNull();
    await expect(setSegment(h.deps, { slug: 'testi', participantKey: 'k', segment: 'martian' })).rejects.toMatchObject({ code: 'invalid_segment' });
  });

  it('refuses votes and statements from a banned participant', async () => {
    const [seed] = await addSeedStatements(h.deps, h.conversation, [{ lang: 'fi', text: 'Siemen' }], null);
    const { participant } = await castVote(h.deps, { slug: 'testi', participantKey: 'troll', statementId: seed!.id, value: 'agree' });
    await h.db.store.participants.ban(participant.id, h.clock.now());
    await expect(castVote(h.deps, { slug: 'testi', participantKey: 'troll', statementId: seed!.id, value: 'pass' })).rejects.toMatchObject({
      code: 'participant_banned',
    });
    await expect(submitStatement(h.deps, { slug: 'testi', participantKey: 'troll', text: 'Roskaa', lang: 'fi' })).rejects.toMatchObject({
      code: 'participant_banned',
    });
  });

  it('erases a participant\'s votes and statements on request', async () => {
    const [seed] = await addSeedStatements(h.deps, h.conversation, [{ lang: 'fi', text: 'Siemen' }], null);
    await castVote(h.deps, { slug: 'testi', participantKey: 'me', statementId: seed!.id, value: 'agree' });
    const mine = await submitStatement(h.deps, { slug: 'testi', participantKey: 'me', text: 'Oma väite', lang: 'fi' });
    expect(await eraseMyData(h.deps, { slug: 'testi', participantKey: 'me' })).toBe(true);
    expect(await h.db.store.votes.count(h.conversation.id)).toEqual({ events: 0, latest: 0 });
    expect(await h.db.store.statements.findById(h.conversation.id, mine.id)).toBeNull();
    expect(await eraseMyData(h.deps, { slug: 'testi', participantKey: 'me' })).toBe(false);
  });
});

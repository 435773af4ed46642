import type { Store } from '../../src/app/ports.js';
import type { VoteValue } from '../../src/domain/vote/vote.js';
import { randomIds } from '../../src/infra/system/ids.js';
import { HOUR, T0, makeStatement } from './factories.js';

export const TRICKY_TEXT = 'Lisää "turvallisia" pyöräteitä, myös talvella\nja yöllä';

/**
 * A conversation with what an export must carry: a seed statement with translations, one whose
 * text has a comma, quotes and a line break, a rejected one with a note, a meta one, a pending one
 * by a participant who never votes, a changed vote, and a math snapshot with two groups.
 * Participants' export numbers follow their first votes: p2 → 0, p1 → 1, p4 → 2, then p3 → 3.
 */
export async function seedExportConversation(store: Store, conversationId: string) {
  const participant = async (key: string) => (await store.participants.findOrCreate(conversationId, key, randomIds.newId(), T0)).id;
  const [p1, p2, p3, p4] = [await participant('k1'), await participant('k2'), await participant('k3'), await participant('k4')];
  const s0 = await makeStatement(store, conversationId, 'Kaupungin pitää kuunnella asukkaita', { isSeed: true, createdAt: T0 });
  await store.statements.upsertTranslation(s0.id, 'sv', 'Staden ska lyssna på invånarna', 'sv-key', T0, null);
  await store.statements.upsertTranslation(s0.id, 'en', 'The city must listen to residents', 'en-key', T0, null);
  const s1 = await makeStatement(store, conversationId, TRICKY_TEXT, { authorParticipantId: p1, createdAt: T0 + HOUR });
  const s2 = await makeStatement(store, conversationId, 'Matti Meikäläinen on syyllinen', { authorParticipantId: p2, createdAt: T0 + 2 * HOUR });
  const s3 = await makeStatement(store, conversationId, 'Asun Helsingissä', { isMeta: true, createdAt: T0 + 3 * HOUR });
  const s4 = await makeStatement(store, conversationId, 'Odottaa moderointia', { authorParticipantId: p3, status: 'pending', createdAt: T0 + 4 * HOUR });

  const events: [string, string, VoteValue][] = [
    [p2, s0.id, 1], [p1, s0.id, -1], [p1, s1.id, 1], [p2, s1.id, 0], [p4, s0.id, 0], [p4, s2.id, 1], [p2, s1.id, -1], [p1, s3.id, 1],
  ];
  let at = T0 + 5 * HOUR;
  for (const [participantId, statementId, value] of events) {
    await store.votes.record({ conversationId, participantId, statementId, value, requestId: null, createdAt: (at += 1000) });
  }
  await store.statements.setDecision(s2.id, {
    status: 'rejected', rejectionReason: 'names_person', rejectionNote: 'Nimeää henkilön', duplicateOf: null, decidedAt: T0 + 6 * HOUR, decidedBy: null,
  });
  await store.snapshots.save({
    conversationId, createdAt: T0 + 7 * HOUR, votes: 7, participants: 3, statements: 3, params: {}, timingsMs: {},
    result: { participantIds: [p1, p2, p4], inConv: [p2, p1, p4], groups: [{ id: 0, members: [p2] }, { id: 1, members: [p1, p4] }] },
  });
  return { participants: { p1, p2, p3, p4 }, statements: [s0, s1, s2, s3, s4], events, firstVoteAt: T0 + 5 * HOUR + 1000 };
}

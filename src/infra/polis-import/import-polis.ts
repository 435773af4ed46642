import { createConversation } from '../../app/conversations/create-conversation.js';
import type { AppDeps, NewVote } from '../../app/ports.js';
import type { Conversation } from '../../domain/conversation/conversation.js';
import { DEFAULT_STATEMENT_MAX_LENGTH } from '../../domain/conversation/settings.js';
import type { Lang } from '../../domain/languages.js';
import { screenText } from '../../domain/prescreen/index.js';
import type { StatementStatus } from '../../domain/statement/statement.js';
import { duplicateKey, textLength } from '../../domain/statement/text.js';
import type { PolisConversation, PolisModeration } from '../polis/types.js';

export interface ImportOptions {
  slug: string;
  /** The language the conversation was held in. */
  lang: Lang;
  title: string;
  /**
   * Leave unmoderated statements pending (Pol.is strict moderation) instead of published. Without
   * it, an unmoderated statement that may name or identify a person is still left pending.
   */
  strict?: boolean;
}

export interface ImportSummary {
  conversation: Conversation;
  statements: number;
  participants: number;
  votes: number;
}

function statusOf(moderation: PolisModeration, strict: boolean, text: string, lang: Lang): StatementStatus {
  if (moderation === 'accepted') return 'published';
  if (moderation === 'rejected') return 'rejected';
  if (strict) return 'pending';
  // No one has decided on it: what may identify a person (an identity code above all) waits for a moderator.
  return screenText(text, lang).some((f) => f.rule === 'names_person') ? 'pending' : 'published';
}

/**
 * Brings a Pol.is conversation into Sopu as a closed conversation: its statements (with their
 * moderation, seed and meta flags), its participants and every vote event in order, so that the
 * math and the exports work on it like on any other. All or nothing.
 */
export async function importPolisConversation(deps: AppDeps, polis: PolisConversation, options: ImportOptions): Promise<ImportSummary> {
  const times = polis.votes.map((v) => v.timestamp).filter((t): t is number => t !== null);
  const now = deps.clock.now();
  const first = times.length ? times.reduce((a, b) => Math.min(a, b)) : now - 1;
  const last = times.length ? times.reduce((a, b) => Math.max(a, b)) : now - 1;
  const longest = polis.statements.reduce((m, s) => Math.max(m, textLength(s.text)), 0);

  return deps.store.transaction(async (store) => {
    const tx = { ...deps, store };
    const conversation = await createConversation(tx, {
      slug: options.slug,
      languages: [options.lang],
      texts: { [options.lang]: { title: options.title, question: options.title } },
      schedule: { opensAt: first, statementsCloseAt: last + 1, closesAt: last + 1 },
      settings: { statementMaxLength: Math.max(DEFAULT_STATEMENT_MAX_LENGTH, longest) },
    });
    const participantIds = new Map<string, string>();
    const participantFor = async (polisId: string) => {
      let id = participantIds.get(polisId);
      if (!id) {
        id = (await store.participants.findOrCreate(conversation.id, `polis:${polisId}`, deps.ids.newId(), first)).id;
        participantIds.set(polisId, id);
      }
      return id;
    };
    for (const p of polis.participants ?? []) await participantFor(p);

    const statementIds = new Map<string, string>();
    for (const s of polis.statements) {
      const id = deps.ids.newId();
      const text = s.text.normalize('NFC');
      statementIds.set(s.id, id);
      await store.statements.create({
        id,
        conversationId: conversation.id,
        lang: options.lang,
        text,
        duplicateKey: duplicateKey(s.text),
        status: statusOf(s.moderation, options.strict ?? false, text, options.lang),
        isSeed: s.isSeed,
        isMeta: s.isMeta,
        authorParticipantId: s.authorId !== null ? await participantFor(s.authorId) : null,
        authorUserId: null,
        createdAt: s.createdAt ?? first,
      });
    }

    const votes: NewVote[] = [];
    for (const v of polis.votes) {
      const statementId = statementIds.get(v.statementId);
      if (!statementId) continue; // a vote on a comment the export does not list
      votes.push({
        conversationId: conversation.id,
        participantId: await participantFor(v.participantId),
        statementId,
        value: v.value,
        requestId: null,
        createdAt: v.timestamp ?? last,
      });
    }
    await store.votes.importEvents(votes);
    return { conversation, statements: polis.statements.length, participants: participantIds.size, votes: votes.length };
  });
}

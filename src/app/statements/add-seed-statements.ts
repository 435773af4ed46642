import { DomainError } from '../../domain/errors.js';
import type { Lang } from '../../domain/languages.js';
import { cleanTranslation } from '../../domain/statement/moderation.js';
import type { Statement } from '../../domain/statement/statement.js';
import { cleanStatementText, duplicateKey } from '../../domain/statement/text.js';
import type { Conversation } from '../../domain/conversation/conversation.js';
import { requireConversation } from '../conversations/require-conversation.js';
import { ORGANIZERS, requireStaffRole } from '../policies.js';
import type { AppDeps, Store, User } from '../ports.js';

export interface SeedStatementInput {
  lang: Lang;
  text: string;
  translations?: Partial<Record<Lang, string>>;
}

/**
 * Organizers' seed statements: published at once and marked as seed. Each is checked like a
 * participant's (length, characters, exact duplicates, also within the batch), and the batch
 * lands whole or not at all.
 */
export async function addSeedStatements(
  deps: AppDeps,
  conversation: Conversation,
  seeds: SeedStatementInput[],
  actorUserId: string | null,
): Promise<Statement[]> {
  const max = conversation.settings.statementMaxLength;
  const prepared = seeds.map((seed, i) => {
    if (!conversation.languages.includes(seed.lang)) {
      throw new DomainError('invalid_language', `Seed ${i + 1}: the conversation is not held in "${seed.lang}"`);
    }
    const text = cleanStatementText(seed.text, max);
    const translations = Object.entries(seed.translations ?? {})
      .filter(([lang]) => lang !== seed.lang)
      .map(([lang, t]) => ({ lang: lang as Lang, text: cleanTranslation(seed, lang as Lang, conversation.languages, t ?? '', max) }));
    return { lang: seed.lang, text, translations };
  });
  return deps.store.transaction(async (store: Store) => {
    const seen = new Set<string>();
    const created: Statement[] = [];
    const now = deps.clock.now();
    for (const seed of prepared) {
      const key = duplicateKey(seed.text);
      const existing = seen.has(key) ? 'this batch' : (await store.statements.findLiveByDuplicateKey(conversation.id, key))?.id;
      if (existing) {
        throw new DomainError('duplicate_statement', `"${seed.text}" is already in ${existing === 'this batch' ? existing : 'the conversation'}`, {
          ...(existing === 'this batch' ? {} : { statementId: existing }),
        });
      }
      seen.add(key);
      const statement: Statement = {
        id: deps.ids.newId(),
        conversationId: conversation.id,
        lang: seed.lang,
        text: seed.text,
        status: 'published',
        isSeed: true,
        isMeta: false,
        authorParticipantId: null,
        rejectionReason: null,
        rejectionNote: null,
        duplicateOf: null,
        createdAt: now,
        decidedAt: now,
        translations: Object.fromEntries(seed.translations.map((t) => [t.lang, t.text])),
      };
      await store.statements.create({ ...statement, duplicateKey: key, authorUserId: actorUserId });
      for (const t of seed.translations) {
        await store.statements.upsertTranslation(statement.id, t.lang, t.text, duplicateKey(t.text), now, actorUserId);
      }
      created.push(statement);
    }
    return created;
  });
}

/** Seed statements added by an organizer through the editor; the batch is logged once. */
export async function addSeedStatementsAsOrganizer(
  deps: AppDeps,
  input: { slug: string; seeds: SeedStatementInput[]; actor: User | null },
): Promise<Statement[]> {
  const conversation = await requireConversation(deps.store, input.slug);
  const actor = await requireStaffRole(deps.store, input.actor, conversation, ORGANIZERS);
  return deps.store.transaction(async (store) => {
    const created = await addSeedStatements({ ...deps, store }, conversation, input.seeds, actor.id);
    await store.audit.append({
      conversationId: conversation.id,
      statementId: null,
      actorUserId: actor.id,
      action: 'seed_statements',
      oldText: null,
      newText: null,
      details: { count: created.length, statementIds: created.map((s) => s.id) },
      createdAt: deps.clock.now(),
    });
    return created;
  });
}

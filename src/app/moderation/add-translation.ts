import { isLang } from '../../domain/languages.js';
import { DomainError } from '../../domain/errors.js';
import { cleanTranslation } from '../../domain/statement/moderation.js';
import type { Statement } from '../../domain/statement/statement.js';
import { duplicateKey } from '../../domain/statement/text.js';
import { requireConversation } from '../conversations/require-conversation.js';
import { MODERATORS, requireStaffRole } from '../policies.js';
import type { AppDeps, User } from '../ports.js';
import { requireStatement } from './require-statement.js';

/** Adds or corrects a reviewed translation of a statement into another of the conversation's languages. */
export async function addTranslation(
  deps: AppDeps,
  input: { slug: string; statementId: string; lang: string; text: string; actor: User | null },
): Promise<Statement> {
  const conversation = await requireConversation(deps.store, input.slug);
  const actor = await requireStaffRole(deps.store, input.actor, conversation, MODERATORS);
  if (!isLang(input.lang)) throw new DomainError('invalid_language', 'A language is fi, sv or en');
  const lang = input.lang;
  return deps.store.transaction(async (store) => {
    const statement = await requireStatement(store, conversation.id, input.statementId);
    const text = cleanTranslation(statement, lang, conversation.languages, input.text, conversation.settings.statementMaxLength);
    const now = deps.clock.now();
    await store.statements.upsertTranslation(statement.id, lang, text, duplicateKey(text), now, actor.id);
    await store.audit.append({
      conversationId: conversation.id,
      statementId: statement.id,
      actorUserId: actor.id,
      action: 'translate',
      oldText: statement.translations[lang] ?? null,
      newText: text,
      details: { lang },
      createdAt: now,
    });
    return { ...statement, translations: { ...statement.translations, [lang]: text } };
  });
}

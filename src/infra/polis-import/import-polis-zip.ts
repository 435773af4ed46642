import type { AppDeps } from '../../app/ports.js';
import { isLang, type Lang } from '../../domain/languages.js';
import { importPolisConversation, type ImportSummary } from './import-polis.js';
import { readPolisExportZip } from './read-export-zip.js';

export interface ZipImportOptions {
  slug: string;
  /** Defaults to the first language summary.csv names, else English. */
  lang?: Lang;
  /** Defaults to summary.csv's topic, else the slug. */
  title?: string;
  strict?: boolean;
  /** The user who imports becomes the new conversation's organizer. */
  organizerUserId: string;
}

/**
 * Imports an uploaded Pol.is export zip as a new closed conversation, taking its question and
 * description from summary.csv when it has them, and logs who imported it. All or nothing.
 */
export async function importPolisZip(deps: AppDeps, zip: Uint8Array, options: ZipImportOptions): Promise<ImportSummary> {
  const { polis, summary } = await readPolisExportZip(zip);
  const summaryLang = (summary.get('languages') ?? '').split(/[\s,;]+/).find(isLang);
  const lang = options.lang ?? summaryLang ?? 'en';
  const title = options.title ?? (summary.get('topic') || options.slug);
  return deps.store.transaction(async (store) => {
    const result = await importPolisConversation({ ...deps, store }, polis, { slug: options.slug, lang, title, strict: options.strict ?? false });
    const c = result.conversation;
    const texts = { ...c.texts[lang]!, question: summary.get('question') || title, description: summary.get('conversation-description') ?? '' };
    await store.conversations.update(c.id, { texts: { [lang]: texts } });
    await store.users.grantRole(options.organizerUserId, c.id, 'organizer');
    // The conversation is created without a user, so this entry is the one that names who brought it in.
    await store.audit.append({
      conversationId: c.id,
      statementId: null,
      actorUserId: options.organizerUserId,
      action: 'import',
      oldText: null,
      newText: null,
      details: { strict: options.strict ?? false, statements: result.statements, participants: result.participants, votes: result.votes },
      createdAt: deps.clock.now(),
    });
    return { ...result, conversation: { ...c, texts: { [lang]: texts } } };
  });
}

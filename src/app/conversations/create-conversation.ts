import { isValidSlug, type Conversation } from '../../domain/conversation/conversation.js';
import { validateSchedule, type Schedule } from '../../domain/conversation/schedule.js';
import { withDefaults, type ConversationSettings } from '../../domain/conversation/settings.js';
import { DEFAULT_RULES, type ConversationTexts } from '../../domain/conversation/texts.js';
import { cleanSettings, cleanTexts, validateLanguages } from '../../domain/conversation/validate.js';
import { DomainError } from '../../domain/errors.js';
import type { Lang } from '../../domain/languages.js';
import type { AppDeps } from '../ports.js';

export interface CreateConversationInput {
  slug: string;
  languages: Lang[];
  texts: Partial<Record<Lang, Partial<ConversationTexts>>>;
  schedule: Schedule;
  settings?: Partial<ConversationSettings>;
  /** The user who creates it becomes its organizer. */
  creatorUserId?: string | null;
}

/**
 * A new conversation, with default rules and settings where none are given. Made by a user, it
 * makes them its organizer and opens its audit log with them as the actor; made without one (a
 * command-line import), there is no one to name.
 */
export async function createConversation(deps: AppDeps, input: CreateConversationInput): Promise<Conversation> {
  if (!isValidSlug(input.slug)) {
    throw new DomainError('validation_failed', 'A slug is 1–64 lower-case letters, digits and dashes', { field: 'slug' });
  }
  const languages = validateLanguages(input.languages);
  validateSchedule(input.schedule);
  const texts: Partial<Record<Lang, ConversationTexts>> = {};
  for (const lang of languages) {
    const given = input.texts[lang] ?? {};
    texts[lang] = cleanTexts(lang, {
      title: given.title ?? '',
      question: given.question ?? '',
      description: given.description ?? '',
      rules: given.rules ?? DEFAULT_RULES[lang],
      contact: given.contact ?? '',
    });
  }
  const conversation: Conversation = {
    id: deps.ids.newId(),
    slug: input.slug,
    languages,
    texts,
    schedule: input.schedule,
    closedManually: false,
    settings: withDefaults(cleanSettings(input.settings ?? {})),
    createdAt: deps.clock.now(),
    logoUpdatedAt: null,
  };
  return deps.store.transaction(async (store) => {
    if (await store.conversations.findBySlug(input.slug)) {
      throw new DomainError('slug_taken', `The address "${input.slug}" is taken`);
    }
    await store.conversations.create(conversation);
    if (input.creatorUserId) {
      await store.users.grantRole(input.creatorUserId, conversation.id, 'organizer');
      // The starting point of the settings trail; later edits log only what changed from it.
      await store.audit.append({
        conversationId: conversation.id,
        statementId: null,
        actorUserId: input.creatorUserId,
        action: 'create',
        oldText: null,
        newText: null,
        details: { slug: conversation.slug, languages: conversation.languages, schedule: conversation.schedule, settings: conversation.settings },
        createdAt: conversation.createdAt,
      });
    }
    return conversation;
  });
}

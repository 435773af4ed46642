import { isValidSlug, type Conversation } from '../../domain/conversation/conversation.js';
import { validateSchedule, type Schedule } from '../../domain/conversation/schedule.js';
import { withDefaults, type ConversationSettings } from '../../domain/conversation/settings.js';
import { DEFAULT_RULES, type ConversationTexts } from '../../domain/conversation/texts.js';
import { DomainError } from '../../domain/errors.js';
import { isLang, type Lang } from '../../domain/languages.js';
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

export async function createConversation(deps: AppDeps, input: CreateConversationInput): Promise<Conversation> {
  if (!isValidSlug(input.slug)) {
    throw new DomainError('validation_failed', 'A slug is 1–64 lower-case letters, digits and dashes');
  }
  if (input.languages.length === 0 || !input.languages.every(isLang) || new Set(input.languages).size !== input.languages.length) {
    throw new DomainError('invalid_language', 'A conversation is held in one or more of fi, sv and en');
  }
  validateSchedule(input.schedule);
  const texts: Partial<Record<Lang, ConversationTexts>> = {};
  for (const lang of input.languages) {
    const given = input.texts[lang] ?? {};
    texts[lang] = {
      title: given.title ?? '',
      question: given.question ?? '',
      description: given.description ?? '',
      rules: given.rules ?? DEFAULT_RULES[lang],
      contact: given.contact ?? '',
    };
  }
  const conversation: Conversation = {
    id: deps.ids.newId(),
    slug: input.slug,
    languages: input.languages,
    texts,
    schedule: input.schedule,
    closedManually: false,
    settings: withDefaults(input.settings),
    createdAt: deps.clock.now(),
  };
  return deps.store.transaction(async (store) => {
    if (await store.conversations.findBySlug(input.slug)) {
      throw new DomainError('slug_taken', `The address "${input.slug}" is taken`);
    }
    await store.conversations.create(conversation);
    if (input.creatorUserId) await store.users.grantRole(input.creatorUserId, conversation.id, 'organizer');
    return conversation;
  });
}

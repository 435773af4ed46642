import type { Conversation } from '../../domain/conversation/conversation.js';
import { validateSchedule, type Schedule } from '../../domain/conversation/schedule.js';
import type { ConversationSettings } from '../../domain/conversation/settings.js';
import { DEFAULT_RULES, type ConversationTexts } from '../../domain/conversation/texts.js';
import { cleanSettings, cleanTexts, validateLanguages } from '../../domain/conversation/validate.js';
import { DomainError } from '../../domain/errors.js';
import { isLang, type Lang } from '../../domain/languages.js';
import { ORGANIZERS, requireStaffRole } from '../policies.js';
import type { AppDeps, User } from '../ports.js';
import { requireConversation } from './require-conversation.js';

export interface ConversationChanges {
  languages?: Lang[];
  /** Texts per language; a language given replaces that language's texts field by field. */
  texts?: Partial<Record<Lang, Partial<ConversationTexts>>>;
  schedule?: Schedule;
  settings?: Partial<ConversationSettings>;
  /** true closes the conversation now; false re-opens one closed by hand. */
  closed?: boolean;
}

type Editable = Pick<Conversation, 'languages' | 'texts' | 'schedule' | 'settings' | 'closedManually'>;

const pick = (c: Conversation): Editable => ({
  languages: c.languages,
  texts: c.texts,
  schedule: c.schedule,
  settings: c.settings,
  closedManually: c.closedManually,
});

/** JSON with object keys sorted, so that two equal values read back in another order compare equal. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );

/** The settings an edit really changes: a form sends back every value, and old ones are not re-judged. */
function changedOnly(current: ConversationSettings, given: Partial<ConversationSettings>): Partial<ConversationSettings> {
  return Object.fromEntries(
    Object.entries(given).filter(([key, value]) => canonical(value) !== canonical(current[key as keyof ConversationSettings])),
  ) as Partial<ConversationSettings>;
}

/**
 * The fields that differ between two versions, each with its old and new value, for the audit log.
 * Texts are compared per language, so the log shows only the languages that changed.
 */
function differences(before: Editable, after: Editable): Record<string, { old: unknown; new: unknown }> {
  const out: Record<string, { old: unknown; new: unknown }> = {};
  for (const key of Object.keys(after) as (keyof Editable)[]) {
    if (key === 'texts') continue;
    if (canonical(before[key]) !== canonical(after[key])) out[key] = { old: before[key], new: after[key] };
  }
  for (const lang of new Set([...Object.keys(before.texts), ...Object.keys(after.texts)]) as Set<Lang>) {
    const [old, next] = [before.texts[lang] ?? null, after.texts[lang] ?? null];
    if (canonical(old) !== canonical(next)) out[`texts.${lang}`] = { old, new: next };
  }
  return out;
}

/**
 * An organizer's edit of texts, languages, schedule or settings, or closing and re-opening. The
 * change is logged with the old and new value of every field that changed.
 */
export async function updateConversation(
  deps: AppDeps,
  input: { slug: string; changes: ConversationChanges; actor: User | null },
): Promise<Conversation> {
  const current = await requireConversation(deps.store, input.slug);
  const actor = await requireStaffRole(deps.store, input.actor, current, ORGANIZERS);
  const { changes } = input;
  const languages = changes.languages ? validateLanguages(changes.languages) : current.languages;
  for (const lang of Object.keys(changes.texts ?? {})) {
    if (!isLang(lang) || !languages.includes(lang)) throw new DomainError('invalid_language', `The conversation is not held in "${lang}"`);
  }
  const texts: Partial<Record<Lang, ConversationTexts>> = {};
  for (const lang of languages) {
    const base = current.texts[lang] ?? { title: '', question: '', description: '', rules: DEFAULT_RULES[lang], contact: '' };
    const given = changes.texts?.[lang];
    texts[lang] = given ? cleanTexts(lang, { ...base, ...given }) : base;
  }
  const schedule = changes.schedule ?? current.schedule;
  validateSchedule(schedule);
  const next: Editable = {
    languages,
    texts,
    schedule,
    settings: { ...current.settings, ...cleanSettings(changedOnly(current.settings, changes.settings ?? {})) },
    closedManually: changes.closed ?? current.closedManually,
  };
  const changed = differences(pick(current), next);
  if (Object.keys(changed).length === 0) return current;
  return deps.store.transaction(async (store) => {
    await store.conversations.update(current.id, next);
    await store.audit.append({
      conversationId: current.id,
      statementId: null,
      actorUserId: actor.id,
      // Closing and re-opening too: details.closedManually says which.
      action: 'settings',
      oldText: null,
      newText: null,
      details: changed,
      createdAt: deps.clock.now(),
    });
    return { ...current, ...next };
  });
}

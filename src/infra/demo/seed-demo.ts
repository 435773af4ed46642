import { createConversation } from '../../app/conversations/create-conversation.js';
import type { AppDeps, PasswordHasher } from '../../app/ports.js';
import { addSeedStatements } from '../../app/statements/add-seed-statements.js';
import { createAdmin } from '../../app/users/create-admin.js';
import type { Conversation } from '../../domain/conversation/conversation.js';
import { LANGS } from '../../domain/languages.js';
import { addDays } from '../../domain/service-level/calendar-date.js';
import { endOfHelsinkiDay, helsinkiDate, startOfHelsinkiDay } from '../../domain/service-level/helsinki-time.js';
import type { KyselyStore } from '../db/kysely-store.js';
import { helsinkiDemo } from './helsinki-content.js';

export const DEMO_ADMIN_EMAIL = 'admin@sopu.local';

/** Statements are taken for two weeks from today, votes for one more, as in Helsinki. */
export const DEMO_WRITING_DAYS = 14;
export const DEMO_VOTING_DAYS = 21;

export interface DemoSeeded {
  conversation: Conversation;
  /** The organizer account made with it, or null when one with the demo address existed. */
  admin: { email: string; password: string } | null;
}

/**
 * On an empty database: the Helsinki participation-model conversation, open from today, with its
 * seed statements in Finnish, Swedish and English, and an organizer account with a one-time
 * password. Does nothing when the database already has a conversation, also when several app
 * processes start at once.
 */
export async function seedDemoIfEmpty(
  deps: AppDeps & { passwords: PasswordHasher; store: KyselyStore },
): Promise<DemoSeeded | null> {
  if ((await deps.store.conversations.count()) > 0) return null;
  const today = helsinkiDate(deps.clock.now());
  return deps.store.exclusively(async (store) => {
    if ((await store.conversations.count()) > 0) return null;
    const tx = { ...deps, store };
    const admin = (await store.users.findByEmail(DEMO_ADMIN_EMAIL)) ? null : await createAdmin(tx, { email: DEMO_ADMIN_EMAIL, displayName: 'Sopu admin' });
    const conversation = await createConversation(tx, {
      slug: helsinkiDemo.slug,
      languages: [...LANGS],
      texts: helsinkiDemo.texts,
      schedule: {
        opensAt: startOfHelsinkiDay(today),
        statementsCloseAt: endOfHelsinkiDay(addDays(today, DEMO_WRITING_DAYS - 1)),
        closesAt: endOfHelsinkiDay(addDays(today, DEMO_VOTING_DAYS - 1)),
      },
      settings: { segmentQuestion: helsinkiDemo.segmentQuestion },
      creatorUserId: admin?.user.id ?? null,
    });
    await addSeedStatements(
      tx,
      conversation,
      helsinkiDemo.statements.map((s) => ({ lang: 'fi', text: s.texts.fi, translations: { sv: s.texts.sv, en: s.texts.en } })),
      admin?.user.id ?? null,
    );
    return { conversation, admin: admin ? { email: admin.user.email, password: admin.password } : null };
  });
}

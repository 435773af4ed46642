import type { NewConversation, NewStatement, Store, User } from '../../src/app/ports.js';
import { DEFAULT_SETTINGS } from '../../src/domain/conversation/settings.js';
import type { Lang } from '../../src/domain/languages.js';
import { duplicateKey } from '../../src/domain/statement/text.js';
import { randomIds } from '../../src/infra/system/ids.js';

export const T0 = Date.UTC(2026, 0, 19, 7, 0); // 19.1.2026 09:00 in Helsinki
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function conversationData(overrides: Partial<NewConversation> = {}): NewConversation {
  const id = randomIds.newId();
  return {
    id,
    slug: `c-${id.slice(-10)}`,
    languages: ['fi', 'sv', 'en'],
    texts: {
      fi: { title: 'Osallisuus', question: 'Miten?', description: 'Kuvaus', rules: ['Sääntö 1'], contact: 'a@b.fi' },
      sv: { title: 'Delaktighet', question: 'Hur?', description: 'Beskrivning', rules: ['Regel 1'], contact: 'a@b.fi' },
      en: { title: 'Participation', question: 'How?', description: 'Description', rules: ['Rule 1'], contact: 'a@b.fi' },
    },
    schedule: { opensAt: T0, statementsCloseAt: T0 + 6 * DAY, closesAt: T0 + 13 * DAY },
    settings: { ...DEFAULT_SETTINGS },
    createdAt: T0 - DAY,
    ...overrides,
  };
}

export async function makeConversation(store: Store, overrides: Partial<NewConversation> = {}): Promise<NewConversation> {
  const data = conversationData(overrides);
  await store.conversations.create(data);
  return data;
}

export function statementData(conversationId: string, text: string, overrides: Partial<NewStatement> = {}): NewStatement {
  return {
    id: randomIds.newId(),
    conversationId,
    lang: 'fi' as Lang,
    text,
    duplicateKey: duplicateKey(text),
    status: 'published',
    isSeed: false,
    authorParticipantId: null,
    authorUserId: null,
    createdAt: T0,
    ...overrides,
  };
}

export async function makeStatement(store: Store, conversationId: string, text: string, overrides: Partial<NewStatement> = {}) {
  const data = statementData(conversationId, text, overrides);
  await store.statements.create(data);
  return data;
}

export function userData(overrides: Partial<User> = {}): User {
  const id = randomIds.newId();
  return {
    id,
    email: `user-${id.slice(-8)}@example.org`,
    displayName: 'Test User',
    passwordHash: 'not-a-real-hash',
    isAdmin: false,
    mustChangePassword: false,
    createdAt: T0,
    ...overrides,
  };
}

export async function makeUser(store: Store, overrides: Partial<User> = {}): Promise<User> {
  const user = userData(overrides);
  await store.users.create(user);
  return user;
}

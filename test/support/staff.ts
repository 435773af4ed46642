import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { createConversation } from '../../src/app/conversations/create-conversation.js';
import type { Role } from '../../src/app/ports.js';
import { DAY, T0, makeUser } from './factories.js';
import { cookieFrom, type TestServer } from './http.js';

export const api = (path: string) => `/api/v1${path}`;

/** A logged-in staff browser: its cookie and the headers a change needs. */
export interface StaffBrowser {
  cookie: string;
  csrf: string;
  /** Headers for a change: cookie and CSRF token. */
  change: Record<string, string>;
  userId: string;
}

/** Creates a user with a role (or an administrator) and logs them in over HTTP. */
export async function staffBrowser(
  t: TestServer,
  email: string,
  grants: { conversationId: string; role: Role }[] = [],
  options: { isAdmin?: boolean; displayName?: string } = {},
): Promise<StaffBrowser> {
  const password = `salasana-${email}`;
  const user = await makeUser(t.db.store, { email, passwordHash: `plain:${password}`, isAdmin: options.isAdmin ?? false, displayName: options.displayName ?? email });
  for (const g of grants) await t.db.store.users.grantRole(user.id, g.conversationId, g.role);
  const res = await t.app.inject({ method: 'POST', url: api('/session'), payload: { email, password } });
  expect(res.statusCode, res.body).toBe(200);
  const set = res.cookies.find((c) => c.name === 'sopu_session')!;
  const cookie = `sopu_session=${set.value}`;
  const csrf = res.json().csrfToken as string;
  return { cookie, csrf, change: { cookie, 'x-csrf-token': csrf }, userId: user.id };
}

/** An open conversation with fi, sv and en texts, created straight through the use case. */
export async function openConversation(t: TestServer, slug: string, settings: object = {}) {
  return createConversation(t.deps, {
    slug,
    languages: ['fi', 'sv', 'en'],
    texts: { fi: { title: `Keskustelu ${slug}` }, sv: { title: `Samtal ${slug}` }, en: { title: `Conversation ${slug}` } },
    schedule: { opensAt: T0 - DAY, statementsCloseAt: null, closesAt: null },
    settings,
  });
}

/** A participant's cookie, after joining the conversation. */
export async function participantCookie(t: TestServer, slug: string): Promise<string> {
  return cookieFrom(await t.app.inject({ method: 'POST', url: api(`/conversations/${slug}/participants`) }));
}

/**
 * Every row of every table of the test's SQLite database, to show that a refused request
 * changed nothing.
 */
export function databaseDump(t: TestServer): string {
  const db = new Database(t.db.location, { readonly: true });
  try {
    const tables = db
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
      .all() as { name: string }[];
    const dump: Record<string, unknown[]> = {};
    for (const { name } of tables) dump[name] = db.prepare(`select * from "${name}" order by rowid`).all();
    return JSON.stringify(dump, (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v));
  } finally {
    db.close();
  }
}

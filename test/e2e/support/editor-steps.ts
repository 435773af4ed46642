// An organizer's steps through the staff pages with the Finnish interface, shared by the browser
// tests: log in, create a conversation in the editor, paste seed statements, make an invitation.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_ADMIN_EMAIL, staffPageReady } from './staff-helpers.js';

type Lang = 'fi' | 'sv' | 'en';

export interface ConversationTexts {
  title: string;
  question: string;
  description?: string;
  rules?: string[];
  contact?: string;
}

export interface SeedStatement {
  lang: Lang;
  text: string;
  translations?: Partial<Record<Lang, string>>;
}

/** expect.poll with room for a slow machine: the server hashes passwords and builds imports. */
export const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });

export const h1 = (page: Page) => page.locator('h1').first().textContent();

/** A Helsinki date `days` from today, as the date part of a datetime-local value. */
export function helsinkiDay(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date(Date.now() + days * 86_400_000));
}

/** Fills and sends the log-in form that the page shows. */
export async function submitLogIn(page: Page, email: string, password: string) {
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(password);
  await page.locator('form button[type=submit]').click();
}

/** Logs the demo's administrator in from the staff front page, landing on their conversations. */
export async function logInAsOrganizer(page: Page, base: string, password: string, email = DEMO_ADMIN_EMAIL) {
  await page.goto(`${base}/fi/staff`);
  await staffPageReady(page);
  expect(await h1(page)).toBe('Kirjaudu sisään');
  await submitLogIn(page, email, password);
  await poll(() => h1(page)).toBe('Omat keskustelut');
  await page.locator('.staff-card').first().waitFor();
}

/**
 * Fills the new-conversation form: address, languages (the first one main), texts, and a schedule
 * open from today's midnight, statements for 14 days, closing in 21.
 */
export async function fillConversationForm(page: Page, slug: string, texts: Partial<Record<Lang, ConversationTexts>>) {
  await page.locator('#editor-slug').fill(slug);
  const langs = Object.keys(texts) as Lang[];
  // The interface language is ticked already; the form's first checkbox has no language suffix.
  for (const lang of langs) {
    const box = page.locator(lang === 'fi' ? '#editor-languages' : `#editor-languages-${lang}`);
    if (!(await box.isChecked())) await box.check();
  }
  if (langs[0] && langs.length > 1) await page.locator('#editor-main-language').selectOption(langs[0]);
  for (const lang of langs) {
    const t = texts[lang]!;
    await page.locator(`#editor-${lang}-title`).fill(t.title);
    await page.locator(`#editor-${lang}-question`).fill(t.question);
    if (t.description !== undefined) await page.locator(`#editor-${lang}-description`).fill(t.description);
    if (t.rules !== undefined) await page.locator(`#editor-${lang}-rules`).fill(t.rules.join('\n'));
    if (t.contact !== undefined) await page.locator(`#editor-${lang}-contact`).fill(t.contact);
  }
  await page.locator('#editor-opensAt').fill(`${helsinkiDay(0)}T00:00`);
  await page.locator('#editor-statementsCloseAt').fill(`${helsinkiDay(14)}T00:00`);
  await page.locator('#editor-closesAt').fill(`${helsinkiDay(21)}T00:00`);
}

/** Saves the new conversation and waits for its settings page, where the other tools are. */
export async function saveNewConversation(page: Page, base: string, slug: string) {
  await page.locator('.editor__save button[type=submit]').click();
  await poll(() => page.url()).toBe(`${base}/fi/staff/c/${slug}/settings`);
  await poll(() => page.locator('.message--success').first().textContent()).toContain('Keskustelu on luotu');
}

/**
 * Pastes seed statements in bulk, a box per language: line N of each translation box is statement
 * N's translation, left blank where it has none. All seeds must share one main language.
 */
export async function addSeedStatements(page: Page, seeds: readonly SeedStatement[]) {
  const main = seeds[0]!.lang;
  expect(seeds.every((s) => s.lang === main)).toBe(true);
  if ((await page.locator('#seed-main').count()) > 0) await page.locator('#seed-main').selectOption(main);
  await page.locator(`#seed-${main}`).fill(seeds.map((s) => s.text).join('\n'));
  const others = [...new Set(seeds.flatMap((s) => Object.keys(s.translations ?? {}) as Lang[]))];
  for (const lang of others) await page.locator(`#seed-${lang}`).fill(seeds.map((s) => s.translations?.[lang] ?? '').join('\n'));
  const n = seeds.length;
  await poll(() => page.locator('.seed-count').textContent()).toBe(n === 1 ? '1 väite lisättävänä.' : `${n} väitettä lisättävänä.`);
  await page.getByRole('button', { name: 'Lisää väitteet' }).click();
  await poll(() => page.locator('#seed-title ~ form .message--success').textContent()).toBe(
    n === 1 ? '1 aloitusväite on lisätty ja julkaistu.' : `${n} aloitusväitettä on lisätty ja julkaistu.`,
  );
}

/**
 * From "Omat keskustelut": the editor for a new conversation, filled, saved, and given its seed
 * statements. Leaves the page on the conversation's settings.
 */
export async function createConversationInEditor(
  page: Page,
  base: string,
  { slug, texts, seeds }: { slug: string; texts: Partial<Record<Lang, ConversationTexts>>; seeds: readonly SeedStatement[] },
) {
  await page.getByRole('link', { name: 'Uusi keskustelu' }).click();
  await poll(() => h1(page)).toBe('Uusi keskustelu');
  await fillConversationForm(page, slug, texts);
  await saveNewConversation(page, base, slug);
  if (seeds.length > 0) await addSeedStatements(page, seeds);
}

/** Invites `email` as a moderator from the settings page: the link to send them, in full. */
export async function inviteInEditor(page: Page, email: string): Promise<string> {
  await page.locator('#invite-email').fill(email);
  await page.getByRole('button', { name: 'Luo kutsulinkki' }).click();
  await poll(() => page.locator('#invite-link').inputValue()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/fi\/staff\/invite\/\S+$/);
  return page.locator('#invite-link').inputValue();
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, DESKTOP, newVisit, type Visit } from './support/browser.js';
import { useDemoSession } from './support/demo-session.js';
import { focused } from './support/page-helpers.js';
import { DEMO_SLUG } from './support/server.js';
import { addSeedStatements, fillConversationForm, h1, inviteInEditor, poll, saveNewConversation, submitLogIn } from './support/editor-steps.js';
import { axeFindings, DEMO_ADMIN_EMAIL, setAdminPassword, sidewaysOverflow, staffPageReady, type AxeFindings } from './support/staff-helpers.js';

const ONE_TIME = 'one-time-password-2026';
const ADMIN_PASSWORD = 'kaupunki-kuuntelee-2026';
const SLUG = 'kirjastot-2026';
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const TEXTS = {
  fi: { title: 'Tulevaisuuden kirjastot', question: 'Millaisia kirjastoja Helsingissä tulisi olla?' },
  sv: { title: 'Framtidens bibliotek', question: 'Hurdana bibliotek borde Helsingfors ha?' },
  en: { title: 'Libraries of the future', question: 'What kind of libraries should Helsinki have?' },
};

describeInBrowser('staff tools: log-in, conversation editor, invitations (browser)', () => {
  const session = useDemoSession();
  const findings: Record<string, AxeFindings> = {};
  const check = async (page: Page, name: string) => {
    await staffPageReady(page);
    findings[name] = await axeFindings(page);
  };

  it('an organizer logs in, creates a conversation in three languages, adds seed statements and invites a moderator, who accepts', { timeout: 120_000 }, async () => {
    await setAdminPassword(session.server, ONE_TIME, true);
    const base = session.server.url;
    const admin: Visit = await newVisit(session.browser, { locale: 'fi-FI', viewport: DESKTOP });
    const { page } = admin;
    let moderator: Visit | null = null;
    try {
      // Log in with the one-time password: the password must be changed first.
      await page.goto(`${base}/fi/staff`);
      await staffPageReady(page);
      expect(await h1(page)).toBe('Kirjaudu sisään');
      await check(page, 'fi login');
      await page.locator('form button[type=submit]').click();
      await poll(() => page.locator('#login-email[aria-invalid=true]').count()).toBe(1);
      await submitLogIn(page, DEMO_ADMIN_EMAIL, ONE_TIME);
      await poll(() => h1(page)).toBe('Vaihda salasana');
      await page.locator('#password-current').fill(ONE_TIME);
      await page.locator('#password-new').fill(ADMIN_PASSWORD);
      await page.locator('#password-repeat').fill(ADMIN_PASSWORD);
      await page.locator('form button[type=submit]').click();

      // My conversations: the demo is there, with its queue.
      await poll(() => h1(page)).toBe('Omat keskustelut');
      await page.locator('.staff-card').first().waitFor();
      await check(page, 'fi conversations');

      // The editor refuses an empty form with a summary that takes focus.
      await page.getByRole('link', { name: 'Uusi keskustelu' }).click();
      await poll(() => h1(page)).toBe('Uusi keskustelu');
      await page.locator('.editor__save button[type=submit]').click();
      await poll(() => page.evaluate<string>('document.activeElement?.className ?? ""')).toContain('error-summary');
      expect(await page.locator('#editor-slug').getAttribute('aria-invalid')).toBe('true');
      await check(page, 'fi editor (errors)');

      await fillConversationForm(page, SLUG, TEXTS);
      await page.getByLabel('Kysy taustakysymys').check();
      await page.getByLabel('Käytä organisaation omaa väriä').check();
      await page.locator('#editor-accentColor').fill('#ffc61e');
      await poll(() => page.locator('.message--warning').count()).toBe(1);
      await page.locator('#editor-accentColor').fill('#0000bf');

      // Created: its settings page, with the rest of the tools.
      await saveNewConversation(page, base, SLUG);
      const created = await (await page.request.get(`${base}/api/v1/conversations/${SLUG}`)).json();
      expect(created).toMatchObject({
        languages: ['fi', 'sv', 'en'],
        texts: { fi: TEXTS.fi, sv: TEXTS.sv, en: TEXTS.en },
        phase: 'open',
        settings: { accentColor: '#0000bf', segmentQuestion: { options: expect.arrayContaining([expect.objectContaining({ id: 'option-1' })]) } },
      });
      expect(Date.parse(created.schedule.closesAt) - Date.parse(created.schedule.opensAt)).toBe(21 * 86_400_000);
      await check(page, 'fi editor (settings)');

      // Seed statements pasted in bulk, with translations on the same lines (the second has no Swedish).
      await addSeedStatements(page, [
        { lang: 'fi', text: 'Kirjastojen pitää olla auki myös iltaisin.', translations: { sv: 'Biblioteken ska vara öppna också på kvällarna.', en: 'Libraries should be open in the evenings too.' } },
        { lang: 'fi', text: 'Kirjastoista voi lainata työkaluja.', translations: { en: 'One can borrow tools from libraries.' } },
      ]);
      const statements = (await (await page.request.get(`${base}/api/v1/conversations/${SLUG}/statements`)).json()).statements as { text: string; translations: Record<string, string> }[];
      expect(statements.find((s) => s.text === 'Kirjastojen pitää olla auki myös iltaisin.')?.translations).toEqual({
        sv: 'Biblioteken ska vara öppna också på kvällarna.',
        en: 'Libraries should be open in the evenings too.',
      });

      // A logo: a wrong file is refused at once; a PNG is previewed, saved and served.
      await page.locator('#logo-file').setInputFiles({ name: 'logo.txt', mimeType: 'text/plain', buffer: Buffer.from('not an image') });
      await poll(() => page.locator('#logo-file-error').textContent()).toBe('Logon pitää olla PNG-, JPEG- tai WebP-kuva.');
      await page.locator('#logo-file').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(PNG_1X1, 'base64') });
      await page.locator('.logo-preview img[src^="data:image/png"]').waitFor();
      await page.getByRole('button', { name: 'Tallenna logo' }).click();
      await poll(() => page.locator('#logo-title ~ div .message--success').textContent()).toBe('Logo on tallennettu.');
      const logo = await page.locator('.logo-preview img').first().getAttribute('src');
      expect((await page.request.get(`${base}${logo}`)).headers()['content-type']).toBe('image/png');

      // Invite a moderator: the link to send them, with its expiry.
      const link = await inviteInEditor(page, 'moderaattori@hel.fi');
      expect(await page.locator('#invite-link-expiry').textContent()).toMatch(/^Voimassa \d+\.\d+\.\d{4}/);
      await check(page, 'fi editor (invited)');

      // Closing asks first, with focus on the confirming button; re-opening undoes it.
      await page.getByRole('button', { name: 'Sulje keskustelu nyt' }).click();
      await poll(() => page.evaluate<string>('document.activeElement?.textContent ?? ""')).toBe('Kyllä, sulje');
      await page.keyboard.press('Enter');
      await poll(() => page.locator('#close-title ~ div .message--success').textContent()).toBe('Keskustelu on suljettu.');
      expect((await (await page.request.get(`${base}/api/v1/conversations/${SLUG}`)).json()).phase).toBe('closed');
      await page.getByRole('button', { name: 'Avaa keskustelu uudelleen' }).click();
      await poll(() => page.locator('#close-title ~ div .message--success').textContent()).toBe('Keskustelu on avattu uudelleen.');
      expect((await (await page.request.get(`${base}/api/v1/conversations/${SLUG}`)).json()).phase).toBe('open');

      // The audit log shows the seed statements and the invitation.
      await page.getByRole('link', { name: 'Tapahtumaloki' }).click();
      await poll(() => h1(page)).toBe('Tapahtumaloki');
      await page.locator('.audit-table tbody tr').first().waitFor();
      expect(await page.locator('.audit-table').textContent()).toContain('Kutsu luotu');
      await check(page, 'fi audit');

      // The moderator accepts in a browser of their own, and lands on the conversation.
      moderator = await newVisit(session.browser, { locale: 'sv-FI' });
      await moderator.page.goto(link.replace('/fi/', '/sv/'));
      await staffPageReady(moderator.page);
      expect(await h1(moderator.page)).toBe('Godkänn inbjudan');
      expect(await moderator.page.locator('.lead').textContent()).toContain(TEXTS.sv.title);
      await check(moderator.page, 'sv invite');
      await moderator.page.locator('#invite-name').fill('Maija Moderaattori');
      await moderator.page.locator('#invite-password').fill('lyhyt');
      await moderator.page.locator('#invite-repeat').fill('lyhyt');
      await moderator.page.locator('form button[type=submit]').click();
      await poll(() => moderator!.page.locator('#invite-password-error').textContent()).toContain('för kort');
      await moderator.page.locator('#invite-password').fill('moderoin-helsingissa');
      await moderator.page.locator('#invite-repeat').fill('moderoin-helsingissa');
      await moderator.page.locator('form button[type=submit]').click();
      await poll(() => moderator!.page.url()).toBe(`${base}/sv/staff/c/${SLUG}`);
      await poll(() => moderator!.page.locator('.staff-bar__who').textContent()).toContain('Maija Moderaattori');
      const tabs = await moderator.page.locator('.staff-tabs a').allTextContents();
      expect(tabs).toContain('Modereringskö');
      expect(tabs).not.toContain('Inställningar');
      await moderator.page.goto(`${base}/sv/staff/c/${SLUG}/settings`);
      await staffPageReady(moderator.page);
      expect(await h1(moderator.page)).toBe('Samtalet är inte tillgängligt');

      // The same pages in Swedish and English, and a log-in page in each language.
      for (const lang of ['sv', 'en'] as const) {
        await page.goto(`${base}/${lang}/staff`);
        await page.locator('.staff-card').first().waitFor();
        await check(page, `${lang} conversations`);
        await page.goto(`${base}/${lang}/staff/new`);
        await check(page, `${lang} editor (new)`);
        await page.goto(`${base}/${lang}/staff/c/${SLUG}/settings`);
        await page.locator('#editor-sv-title').waitFor();
        await check(page, `${lang} editor (settings)`);
        await page.goto(`${base}/${lang}/staff/c/${SLUG}/audit`);
        await page.locator('.audit-table').waitFor();
        await check(page, `${lang} audit`);
        const visitor = await newVisit(session.browser, { locale: lang });
        try {
          await visitor.page.goto(`${base}/${lang}/staff`);
          await check(visitor.page, `${lang} login`);
          await submitLogIn(visitor.page, DEMO_ADMIN_EMAIL, 'wrong password');
          await poll(() => visitor.page.locator('[role=alert]').first().textContent())
            .toBe(lang === 'sv' ? 'Fel e-postadress eller lösenord.' : 'Wrong email address or password.');
        } finally {
          await visitor.context.close();
        }
      }
    } finally {
      await admin.context.close();
      await moderator?.context.close();
    }

    const other = Object.entries(findings).flatMap(([name, f]) => f.other.map((line) => `${name}: ${line}`));
    if (other.length > 0) process.stdout.write(`axe, minor and moderate findings on the staff pages:\n${other.join('\n')}\n`);
    expect(Object.fromEntries(Object.entries(findings).map(([name, f]) => [name, f.serious]))).toEqual(
      Object.fromEntries(Object.keys(findings).map((name) => [name, []])),
    );
  });

  it('imports a Pol.is export zip from the organizer interface', { timeout: 90_000 }, async () => {
    await setAdminPassword(session.server, ADMIN_PASSWORD, false);
    const base = session.server.url;
    const dir = join(import.meta.dirname, '..', 'fixtures', 'polis-open-data', '15-per-hour-seattle');
    const zip = zipSync(Object.fromEntries(readdirSync(dir).map((file) => [file, new Uint8Array(readFileSync(join(dir, file)))])));
    const { page, context } = await newVisit(session.browser, { locale: 'en', viewport: DESKTOP });
    try {
      await page.goto(`${base}/en/staff/import`);
      await staffPageReady(page);
      await submitLogIn(page, DEMO_ADMIN_EMAIL, ADMIN_PASSWORD);
      await poll(() => h1(page)).toBe('Import from Pol.is');
      await page.locator('#import-slug').fill('seattle-15-per-hour');
      await page.locator('#import-file').setInputFiles({ name: 'seattle.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      const summary = page.locator('.message--success');
      await summary.waitFor({ timeout: 60_000 });
      expect(await summary.textContent()).toMatch(/^Imported \d+ statements, \d+ participants and \d+ votes\./);
      await check(page, 'en import');
      await summary.getByRole('link').first().click();
      await poll(() => page.url()).toBe(`${base}/en/staff/c/seattle-15-per-hour`);
    } finally {
      await context.close();
    }
    expect(findings['en import']?.serious).toEqual([]);
  });

  it('logs in with the keyboard alone and fits the staff pages on a 320 px wide screen', { timeout: 60_000 }, async () => {
    await setAdminPassword(session.server, ADMIN_PASSWORD, false);
    const base = session.server.url;
    const { page, context } = await newVisit(session.browser, { locale: 'fi', viewport: { width: 320, height: 640 } });
    const overflowing: string[] = [];
    try {
      await page.goto(`${base}/fi/staff`);
      await staffPageReady(page);
      if ((await sidewaysOverflow(page)) > 0) overflowing.push('login');
      // With the keyboard alone: Tab to the e-mail field, type, Tab, type, Enter.
      for (let i = 0; i < 30 && (await focused(page)).id !== 'login-email'; i++) await page.keyboard.press('Tab');
      expect((await focused(page)).id).toBe('login-email');
      await page.keyboard.type(DEMO_ADMIN_EMAIL);
      await page.keyboard.press('Tab');
      expect((await focused(page)).id).toBe('login-password');
      await page.keyboard.type(ADMIN_PASSWORD);
      await page.keyboard.press('Enter');
      await page.locator('.staff-card').first().waitFor();
      // Focus moves to the heading of the page that replaced the form.
      await poll(async () => (await focused(page)).tag).toBe('h1');
      for (const path of ['', '/new', '/import', '/password', `/c/${DEMO_SLUG}/settings`, `/c/${DEMO_SLUG}/audit`]) {
        await page.goto(`${base}/sv/staff${path}`);
        await staffPageReady(page);
        const extra = await sidewaysOverflow(page);
        if (extra > 0) overflowing.push(`${path || '/'}: ${extra}px`);
      }
    } finally {
      await context.close();
    }
    expect(overflowing).toEqual([]);
  });
});

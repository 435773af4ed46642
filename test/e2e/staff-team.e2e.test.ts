import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, DESKTOP, newVisit, type Visit } from './support/browser.js';
import { useDemoSession } from './support/demo-session.js';
import { focused } from './support/page-helpers.js';
import { DEMO_SLUG } from './support/server.js';
import { axeFindings, DEMO_ADMIN_EMAIL, setAdminPassword, staffPageReady } from './support/staff-helpers.js';

const ADMIN_PASSWORD = 'kaupunki-kuuntelee-2026';
const MODERATOR = 'moderaattori@hel.fi';
const OTHER = 'toinen@hel.fi';
const ME = 'Sopu admin (sinä)';

/** expect.poll with room for a slow machine. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });

const h1 = (page: Page) => page.locator('h1').first().textContent();
const members = (page: Page) => page.locator('[aria-labelledby=team-members-title] .team-list__name').allTextContents();
const invites = (page: Page) => page.locator('[aria-labelledby=team-invites-title] .team-list__name').allTextContents();

describeInBrowser('staff tools: the people working on a conversation (browser)', () => {
  const session = useDemoSession();

  it('lists an accepted moderator, revokes an invite and removes the moderator, whose access ends', { timeout: 120_000 }, async () => {
    await setAdminPassword(session.server, ADMIN_PASSWORD, false);
    const base = session.server.url;
    const settings = `${base}/fi/staff/c/${DEMO_SLUG}/settings`;
    const admin: Visit = await newVisit(session.browser, { locale: 'fi-FI', viewport: DESKTOP });
    const { page } = admin;
    let moderator: Visit | null = null;
    try {
      await page.goto(settings);
      await staffPageReady(page);
      await page.locator('#login-email').fill(DEMO_ADMIN_EMAIL);
      await page.locator('#login-password').fill(ADMIN_PASSWORD);
      await page.locator('form button[type=submit]').click();
      await page.locator('#team-title').waitFor();
      await staffPageReady(page);
      // The administrator created the demo, so organizes it: the only organizer, who cannot be removed.
      await poll(() => page.locator('#team-members-title').textContent()).toBe('1 henkilö, jolla on rooli');
      expect(await members(page)).toEqual([ME]);
      expect(await page.locator('[aria-labelledby=team-members-title]').textContent()).toContain('Ainoa järjestäjä');
      expect(await page.locator('[aria-labelledby=team-members-title] button').count()).toBe(0);

      // Two invitations: each appears in the list as soon as it is made.
      const links: Record<string, string> = {};
      for (const email of [MODERATOR, OTHER]) {
        await page.locator('#invite-email').fill(email);
        await page.getByRole('button', { name: 'Luo kutsulinkki' }).click();
        await poll(() => invites(page)).toContain(email);
        links[email] = await page.locator('#invite-link').inputValue();
      }
      expect(await invites(page)).toEqual([OTHER, MODERATOR]);
      expect(await page.locator('[aria-labelledby=team-invites-title]').textContent()).toContain('voimassa');

      // The moderator accepts in a browser of their own.
      moderator = await newVisit(session.browser, { locale: 'fi-FI' });
      const mod = moderator.page;
      await mod.goto(links[MODERATOR]!);
      await staffPageReady(mod);
      await mod.locator('#invite-name').fill('Maija Moderaattori');
      await mod.locator('#invite-password').fill('moderoin-helsingissa');
      await mod.locator('#invite-repeat').fill('moderoin-helsingissa');
      await mod.locator('form button[type=submit]').click();
      await poll(() => mod.url()).toBe(`${base}/fi/staff/c/${DEMO_SLUG}`);
      const queue = () => mod.request.get(`${base}/api/v1/conversations/${DEMO_SLUG}/moderation/queue`);
      expect((await queue()).status()).toBe(200);

      // The organizer sees the moderator as a member; the accepted invitation is no longer waiting.
      await page.reload();
      await staffPageReady(page);
      await poll(() => members(page)).toEqual([ME, 'Maija Moderaattori']);
      expect(await page.locator('[aria-labelledby=team-members-title]').textContent()).toContain(`${MODERATOR} · Moderaattori`);
      expect(await invites(page)).toEqual([OTHER]);

      // axe on the settings page with the team list, and with a confirmation open.
      const findings = { list: await axeFindings(page) };
      await page.getByRole('button', { name: `Peru kutsu ${OTHER}` }).click();
      await poll(async () => (await focused(page)).id).toMatch(/^team-confirm-yes-invite-/);
      expect(await page.locator('.team-list__confirm p').textContent()).toBe(`Perutaanko kutsu osoitteelle ${OTHER}? Kutsulinkki lakkaa toimimasta.`);
      const confirming = await axeFindings(page);
      expect({ list: findings.list, confirming }).toEqual({ list: { serious: [], other: [] }, confirming: { serious: [], other: [] } });

      // Cancelling returns focus to the button; confirming with the keyboard revokes the invitation.
      await page.getByRole('button', { name: 'Peruuta' }).click();
      await poll(async () => (await focused(page)).id).toMatch(/^team-action-invite-/);
      await page.keyboard.press('Enter');
      await poll(async () => (await focused(page)).id).toMatch(/^team-confirm-yes-invite-/);
      await page.keyboard.press('Enter');
      await poll(() => page.locator('#team-title ~ .message--success').textContent()).toBe(`Kutsu osoitteelle ${OTHER} on peruttu.`);
      await poll(async () => (await focused(page)).id).toBe('team-invites-title');
      expect(await invites(page)).toEqual([]);
      // The revoked link no longer works, as if it had never existed.
      const token = links[OTHER]!.split('/').at(-1)!;
      const info = await page.request.get(`${base}/api/v1/invites/${token}`);
      expect([info.status(), (await info.json()).error.code]).toEqual([404, 'invite_not_found']);
      const visitor = await newVisit(session.browser, { locale: 'fi-FI' });
      try {
        await visitor.page.goto(links[OTHER]!);
        await staffPageReady(visitor.page);
        await poll(() => visitor.page.locator('[role=alert]').first().textContent()).toContain('Kutsua ei ole');
        expect(await visitor.page.locator('#invite-password').count()).toBe(0);
      } finally {
        await visitor.context.close();
      }

      // Removing the moderator takes their access away: their next request is refused.
      await page.getByRole('button', { name: 'Poista Maija Moderaattori' }).click();
      await poll(async () => (await focused(page)).id).toMatch(/^team-confirm-yes-member-/);
      await page.getByRole('button', { name: 'Kyllä, poista' }).click();
      await poll(() => page.locator('#team-title ~ .message--success').textContent()).toBe(
        'Henkilöllä Maija Moderaattori ei enää ole oikeuksia tähän keskusteluun.',
      );
      await poll(async () => (await focused(page)).id).toBe('team-members-title');
      expect(await members(page)).toEqual([ME]);
      const refused = await queue();
      expect([refused.status(), (await refused.json()).error.code]).toEqual([403, 'forbidden']);
      await mod.goto(`${base}/fi/staff/c/${DEMO_SLUG}/queue`);
      await staffPageReady(mod);
      await poll(() => h1(mod)).toBe('Keskustelu ei ole saatavilla');

      // The audit log tells who did what.
      const audit = (await (await page.request.get(`${base}/api/v1/conversations/${DEMO_SLUG}/audit`)).json()).entries as { action: string }[];
      expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['invite_revoked', 'role_removed']));
    } finally {
      await admin.context.close();
      await moderator?.context.close();
    }
  });
});

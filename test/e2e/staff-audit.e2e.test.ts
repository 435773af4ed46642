import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, DESKTOP, newVisit } from './support/browser.js';
import { useDemoSession } from './support/demo-session.js';
import { focused } from './support/page-helpers.js';
import { DEMO_SLUG } from './support/server.js';
import { axeFindings, DEMO_ADMIN_EMAIL, setAdminPassword, staffPageReady } from './support/staff-helpers.js';

const ADMIN_PASSWORD = 'kaupunki-kuuntelee-2026';
/** More than one page of the log (100), less than two. */
const TOTAL = 150;

const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });
const rows = (page: Page) => page.locator('.audit-table tbody tr').count();

describeInBrowser('staff tools: the audit log in pages (browser)', () => {
  const session = useDemoSession();

  it('shows the newest actions first and adds older ones on request, moving focus to the first one added', { timeout: 120_000 }, async () => {
    await setAdminPassword(session.server, ADMIN_PASSWORD, false);
    const { store } = session.server.deps;
    const conversation = (await store.conversations.findBySlug(DEMO_SLUG))!;
    const existing = (await store.audit.list(conversation.id)).length;
    expect(existing).toBeLessThan(100);
    for (let i = existing + 1; i <= TOTAL; i++) {
      await store.audit.append({ conversationId: conversation.id, statementId: null, actorUserId: null, action: 'settings', oldText: null, newText: `Merkintä ${i}`, details: {}, createdAt: Date.now() + i });
    }

    const { page, context } = await newVisit(session.browser, { locale: 'fi-FI', viewport: DESKTOP });
    try {
      await page.goto(`${session.server.url}/fi/staff/c/${DEMO_SLUG}/audit`);
      await staffPageReady(page);
      await page.locator('#login-email').fill(DEMO_ADMIN_EMAIL);
      await page.locator('#login-password').fill(ADMIN_PASSWORD);
      await page.locator('form button[type=submit]').click();
      await page.locator('.audit-table tbody tr').first().waitFor();
      await staffPageReady(page);
      expect(await rows(page)).toBe(100);
      expect(await page.locator('.audit-table tbody tr').first().textContent()).toContain(`Merkintä ${TOTAL}`);
      expect(await page.locator('.hint').first().textContent()).toBe('Näytetään 100 uusinta tapahtumaa.');
      const more = page.getByRole('button', { name: 'Näytä vanhemmat' });
      const before = await axeFindings(page);

      await more.focus();
      await page.keyboard.press('Enter');
      await poll(() => rows(page)).toBe(TOTAL);
      await poll(async () => (await focused(page)).tag).toBe('tr');
      expect(await page.evaluate<boolean>(`document.activeElement === document.querySelectorAll('.audit-table tbody tr')[100]`)).toBe(true);
      expect(await page.locator('#audit-announcement').textContent()).toBe(`${TOTAL - 100} vanhempaa tapahtumaa lisätty. Kaikki tapahtumat näytetään.`);
      expect(await more.count()).toBe(0);
      expect(await page.locator('.hint').first().textContent()).toBe(`${TOTAL} tallennettua tapahtumaa.`);
      expect({ before: before.serious, after: (await axeFindings(page)).serious }).toEqual({ before: [], after: [] });
    } finally {
      await context.close();
    }
  });
});

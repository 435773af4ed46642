import { expect, it } from 'vitest';
import { addSeedStatements } from '../../src/app/statements/add-seed-statements.js';
import { describeInBrowser, newVisit } from './support/browser.js';
import { useDemoSession } from './support/demo-session.js';
import { DEMO_SLUG } from './support/server.js';

// Participant text that would run code if any page rendered it as HTML.
const HOSTILE = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> Kirjastot auki öisin`;

describeInBrowser('participant text is data', () => {
  const session = useDemoSession();

  it('shows a statement with <script> and <img onerror> as plain text wherever it appears', { timeout: 60_000 }, async () => {
    const { deps } = session.server;
    const conversation = (await deps.store.conversations.findBySlug(DEMO_SLUG))!;
    const [hostile] = await addSeedStatements(deps, conversation, [{ lang: 'fi', text: HOSTILE, translations: { sv: HOSTILE, en: HOSTILE } }], null);
    const { page, context } = await newVisit(session.browser, { locale: 'fi' });
    try {
      const base = `${session.server.url}/fi/c/${DEMO_SLUG}`;
      const check = async () => {
        expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
        expect(await page.locator('img[onerror], main script').count()).toBe(0);
      };
      // Vote through the cards until the hostile statement is the one shown, then look at it.
      await page.goto(base);
      for (let i = 0; i < 40; i++) {
        const card = page.locator('.voting-card, .segment-step').first();
        await card.waitFor();
        if (await page.locator('.segment-step').isVisible()) {
          await page.locator('.segment-step .button:not(.button--primary)').click();
          continue;
        }
        if ((await card.innerText()).includes('<script>')) break;
        await page.locator('.voting-card .vote-button--pass').click();
        await page.waitForTimeout(50);
      }
      await expect.poll(() => page.locator('.voting-card').innerText()).toContain('<img src=x onerror=');
      await check();
      await page.locator('.voting-card .vote-button--agree').click();

      await page.goto(`${base}/my-votes`);
      await expect.poll(() => page.locator('main').innerText()).toContain('<script>window.__pwned = 1</script>');
      await check();

      await page.goto(`${base}/write`);
      await page.locator('textarea').fill('Kirjastot auki öisin <script>');
      await expect.poll(() => page.locator('main').innerText(), { timeout: 10_000 }).toContain('onerror=');
      await check();
      expect(hostile!.text).toBe(HOSTILE);
    } finally {
      await context.close();
    }
  });
});

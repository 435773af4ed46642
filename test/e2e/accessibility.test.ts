import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, newVisit } from './support/browser.js';
import { useDemoSession } from './support/demo-session.js';
import { demoStatements } from './support/demo-texts.js';
import { DEMO_SLUG } from './support/server.js';

/** Serious and critical violations, as "rule: selector" lines that say what to fix. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describeInBrowser('accessibility (axe)', () => {
  const session = useDemoSession();

  for (const lang of ['fi', 'sv', 'en'] as const) {
    it(`finds no serious or critical violation on the participant pages in ${lang}`, { timeout: 60_000 }, async () => {
      const { page, context } = await newVisit(session.browser, { locale: lang });
      const base = `${session.server.url}/${lang}/c/${DEMO_SLUG}`;
      const found: Record<string, string[]> = {};
      try {
        await page.goto(base);
        await page.locator('#card-statement').waitFor();
        found.conversation = await seriousViolations(page);

        // Two votes, so that "my votes" has something to show and undo is offered.
        for (let i = 0; i < 2; i++) {
          const before = await page.locator('#card-statement').textContent();
          await page.locator('.voting-card .vote-button--agree').click();
          await expect.poll(() => page.locator('#card-statement').textContent()).not.toBe(before);
        }
        found.conversationAfterVotes = await seriousViolations(page);

        await page.goto(`${base}/write`);
        await page.locator('#statement-input').fill(`${demoStatements('fi')[0]!.toUpperCase()}`);
        await page.locator('.write-form button[type=submit]').click();
        await page.locator('.duplicate .statement').waitFor();
        await page.locator('#statement-input').fill('x'.repeat(210));
        found.write = await seriousViolations(page);

        await page.goto(`${base}/my-votes`);
        await page.locator('.my-votes').waitFor();
        found.myVotes = await seriousViolations(page);

        await page.goto(`${session.server.url}/${lang}/accessibility`);
        await page.locator('h1').waitFor();
        found.accessibilityStatement = await seriousViolations(page);

        await page.goto(`${session.server.url}/${lang}/privacy`);
        await page.locator('h1').waitFor();
        found.privacyNotice = await seriousViolations(page);
      } finally {
        await context.close();
      }
      expect(found).toEqual({
        conversation: [],
        conversationAfterVotes: [],
        write: [],
        myVotes: [],
        accessibilityStatement: [],
        privacyNotice: [],
      });
    });
  }

  it('fits a 320 px wide screen (400 % zoom on a desktop) without sideways scrolling', { timeout: 60_000 }, async () => {
    const { page, context } = await newVisit(session.browser, { locale: 'sv', viewport: { width: 320, height: 640 } });
    const overflowing: string[] = [];
    try {
      for (const lang of ['fi', 'sv'] as const) {
        for (const path of [`/c/${DEMO_SLUG}`, `/c/${DEMO_SLUG}/write`, `/c/${DEMO_SLUG}/my-votes`, '/accessibility', '']) {
          await page.goto(`${session.server.url}/${lang}${path}`);
          await page.locator('h1').waitFor();
          await page.locator('.loading').waitFor({ state: 'detached' });
          const width = await page.evaluate<number>('document.documentElement.scrollWidth');
          if (width > 320) overflowing.push(`${lang}${path}: ${width}px`);
        }
      }
    } finally {
      await context.close();
    }
    expect(overflowing).toEqual([]);
  });
});

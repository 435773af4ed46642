// Takes screenshots of the participant pages at phone and desktop width, to look at them as a
// person would: `npx tsx test/e2e/screenshots.ts [folder]` (after building the web app).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DESKTOP, PHONE, launchBrowser, newVisit } from './support/browser.js';
import { cardText } from './support/page-helpers.js';
import { DEMO_SLUG, startDemoServer } from './support/server.js';

const out = process.argv[2] ?? '/tmp/sopu-screenshots';
mkdirSync(out, { recursive: true });
const server = await startDemoServer();
const browser = await launchBrowser();
try {
  for (const [size, viewport] of [['phone', PHONE], ['desktop', DESKTOP], ['w320', { width: 320, height: 640 }]] as const) {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const { page, context, problems } = await newVisit(browser, { locale: lang, viewport });
      const shot = (name: string) => page.screenshot({ path: join(out, `${lang}-${size}-${name}.png`), fullPage: true });
      const base = `${server.url}/${lang}/c/${DEMO_SLUG}`;
      await page.goto(base);
      await page.locator('.voting-card').waitFor();
      await shot('1-conversation');
      for (let i = 0; i < 3; i++) await page.locator('.voting-card .vote-button--agree').click();
      await page.locator('.segment-step').waitFor();
      await shot('2-segment');
      await page.locator('.segment-step .button:not(.button--primary)').click();
      await page.locator('.vote-button--disagree').click();
      await page.locator('.undo-button').click();
      await page.keyboard.press('Tab');
      await shot('3-after-undo');
      await page.goto(`${base}/write`);
      await page.locator('textarea').fill('Kirjastoissa ja kauppakeskuksissa pitäisi voida osallistua');
      await page.locator('.similar').waitFor();
      await shot('4a-write-similar');
      await page.locator('textarea').fill('Kaupunginosilla pitäisi olla omaa päätösvaltaa ja oma budjetti lähiympäristönsä asioissa!');
      await page.locator('button[type=submit]').click();
      await page.locator('.duplicate').waitFor();
      await shot('4-write-duplicate');
      await page.locator('textarea').fill('x'.repeat(205));
      await shot('5-write-too-long');
      await page.locator('textarea').fill(`Kaupungin pitäisi järjestää joka kesä osallistumisen kesäkoulu nuorille (${lang}, ${size}).`);
      await page.locator('button[type=submit]').click();
      await page.locator('.thank-you').waitFor();
      await shot('5b-thank-you');
      await page.goto(`${base}/my-votes`);
      await page.locator('.my-votes').waitFor();
      await shot('6-my-votes');
      await page.locator('.delete-data > .button--danger').click();
      await shot('6b-delete-dialog');
      await page.keyboard.press('Escape');
      await page.goto(base);
      await page.locator('.voting-card, .end-card').first().waitFor();
      while (await page.locator('.voting-card').count()) {
        const before = await page.locator('#card-statement').textContent();
        await page.locator('.voting-card .vote-button--pass').click();
        while ((await cardText(page)) === before) await page.waitForTimeout(20);
      }
      await page.locator('.end-card').waitFor();
      await shot('6c-end');
      await page.goto(`${server.url}/${lang}/accessibility`);
      await shot('7-accessibility');
      await page.goto(`${server.url}/${lang}`);
      await page.locator('.conversation-card').waitFor();
      await shot('8-home');
      if (problems.length) console.log(lang, size, problems);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${out}`);

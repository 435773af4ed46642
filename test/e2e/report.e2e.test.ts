/**
 * The public report and the participant results in a real browser: the report of the imported
 * vTaiwan UberX conversation (Pol.is open data, The Computational Democracy Project, CC BY 4.0; see
 * test/fixtures/polis-open-data/README.md) in Finnish, Swedish and English, every section found by
 * its heading and printed to PDF with Chromium (every section there, no interface chrome); axe on
 * the results and report pages; a participant who voted sees their closest group and why.
 */
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importPolisConversation } from '../../src/infra/polis-import/import-polis.js';
import { readPolisExport } from '../../src/infra/polis/index.js';
import appEn from '../../web/src/i18n/en.json' with { type: 'json' };
import appFi from '../../web/src/i18n/fi.json' with { type: 'json' };
import appSv from '../../web/src/i18n/sv.json' with { type: 'json' };
import resultsEn from '../../web/src/pages/Results/i18n/en.json' with { type: 'json' };
import resultsFi from '../../web/src/pages/Results/i18n/fi.json' with { type: 'json' };
import resultsSv from '../../web/src/pages/Results/i18n/sv.json' with { type: 'json' };
import { describeInBrowser, launchBrowser, newVisit, PHONE } from './support/browser.js';
import { computeSnapshot } from './support/report-math.js';
import { pdfText, squash } from './support/report-pdf-text.js';
import { DEMO_SLUG, startDemoServer, type DemoServer } from './support/server.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'polis-open-data', 'vtaiwan.uberx');
const SLUG = 'vtaiwan-uberx';
const LANGS = ['fi', 'sv', 'en'] as const;
const strings = { fi: { app: appFi, results: resultsFi }, sv: { app: appSv, results: resultsSv }, en: { app: appEn, results: resultsEn } };

/** Serious and critical violations, as "rule: selector" lines that say what to fix. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describeInBrowser('the report and the results in the browser', () => {
  let server: DemoServer;
  let browser: Browser;
  let conversationId: string;
  /** Stands in for the math host: the test announces new snapshots itself. */
  const results = new EventEmitter();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
    const { conversation } = await importPolisConversation(server.deps, readPolisExport(FIXTURE), { slug: SLUG, lang: 'en', title: 'vTaiwan: UberX' });
    conversationId = conversation.id;
    await computeSnapshot(server.deps.store, conversation.id);
    await seedTwoCamps(server);
    server.deps.resultsEvents = {
      onResults(listener) {
        results.on('results', listener);
        return () => results.off('results', listener);
      },
    };
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const lang of LANGS) {
    it(`shows every section of the report in ${lang} and prints it to PDF without the interface`, { timeout: 120_000 }, async () => {
      const { page, context, problems } = await newVisit(browser, { locale: lang, viewport: { width: 1280, height: 900 } });
      try {
        await page.goto(`${server.url}/${lang}/c/${SLUG}/report`);
        await page.locator('.report h1').waitFor();
        const sections = Object.values(strings[lang].results.sections);
        expect(sections).toHaveLength(10);
        for (const heading of sections) await expect.poll(() => page.getByRole('heading', { level: 2, name: heading, exact: true }).count()).toBe(1);
        // The imported conversation has opinion groups, and every published statement is in the table.
        await expect.poll(() => page.locator('.group-card').count()).toBeGreaterThan(1);
        expect(await page.locator('.statements-table').first().locator('tbody tr').count()).toBeGreaterThan(100);
        // Sorting by a column says so.
        const agree = page.locator('.statements-table th', { has: page.getByRole('button', { name: strings[lang].results.statements.agree, exact: true }) });
        await agree.getByRole('button').click();
        await expect.poll(() => agree.getAttribute('aria-sort')).toBe('descending');
        await agree.getByRole('button').click();
        await expect.poll(() => agree.getAttribute('aria-sort')).toBe('ascending');

        const text = squash(pdfText(await page.pdf({ format: 'A4', printBackground: true })));
        for (const heading of sections) expect(text, heading).toContain(squash(heading));
        const app = strings[lang].app;
        const chrome = [
          app.layout.skipToContent, app.layout.accessibility, app.layout.privacy, app.layout.about,
          strings[lang].results.report.toResults, strings[lang].results.report.print,
          ...(['Suomi', 'Svenska'] as const),
        ];
        for (const words of chrome) expect(text, words).not.toContain(squash(words));
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('updates the open report when new results arrive, tells screen readers politely and leaves focus alone', { timeout: 60_000 }, async () => {
    const { page, context, problems } = await newVisit(browser, { locale: 'fi', viewport: { width: 1280, height: 900 } });
    const ui = strings.fi.results;
    try {
      await page.goto(`${server.url}/fi/c/${SLUG}/report`);
      const meta = page.locator('.report__meta');
      await expect.poll(() => meta.textContent()).toContain(ui.report.snapshot.split('{{')[0]!.trim() + ' 1,');
      const sortButton = page.locator('.statements-table th button').first();
      await sortButton.focus();
      // Wait until the page listens, then a new snapshot is stored and announced.
      await expect.poll(() => results.listenerCount('results')).toBeGreaterThan(0);
      const version = await computeSnapshot(server.deps.store, conversationId);
      results.emit('results', conversationId, version);
      await expect.poll(() => meta.textContent()).toContain(`${ui.report.snapshot.split('{{')[0]!.trim()} ${version},`);
      await expect.poll(() => page.getByTestId('announcer').textContent()).toBe(ui.live.updated);
      expect(await page.evaluate<string | undefined>('document.activeElement?.className')).toBe('sort-button');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('finds no serious or critical accessibility violation on the results and report pages', { timeout: 180_000 }, async () => {
    const found: Record<string, string[]> = {};
    for (const lang of LANGS) {
      const { page, context } = await newVisit(browser, { locale: lang, viewport: lang === 'sv' ? { width: 320, height: 640 } : PHONE });
      try {
        await page.goto(`${server.url}/${lang}/c/${SLUG}/results`);
        await page.locator('.opinion-map__svg').waitFor();
        found[`results ${lang}`] = await seriousViolations(page);
        await page.goto(`${server.url}/${lang}/c/${DEMO_SLUG}/results`);
        await page.locator('.opinion-map__svg').waitFor();
        found[`demo results ${lang}`] = await seriousViolations(page);
        // The demo conversation asks the segment question: its report has the breakdown tables.
        await page.goto(`${server.url}/${lang}/c/${DEMO_SLUG}/report`);
        await page.locator('.report h1').waitFor();
        found[`demo report ${lang}`] = await seriousViolations(page);
        if (lang === 'sv') {
          const demoWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
          expect(demoWidth, 'demo report, with its segment columns, at 320 px').toBeLessThanOrEqual(320);
        }
        await page.goto(`${server.url}/${lang}/c/${SLUG}/report`);
        await page.locator('.report h1').waitFor();
        found[`report ${lang}`] = await seriousViolations(page);
        const width = await page.evaluate<number>('document.documentElement.scrollWidth');
        if (lang === 'sv') expect(width, 'report at 320 px').toBeLessThanOrEqual(320);
      } finally {
        await context.close();
      }
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  });

  it('shows a participant who has voted their closest group and the statements that make it so', { timeout: 120_000 }, async () => {
    const { page, context, problems } = await newVisit(browser, { locale: 'en' });
    const ui = strings.en;
    try {
      await page.goto(`${server.url}/en/c/${DEMO_SLUG}/results`);
      await page.getByRole('heading', { level: 2, name: ui.results.you.title }).waitFor();
      await expect.poll(() => page.locator('.you__closest').count()).toBe(0);
      await page.getByText(ui.results.you.goVote).click();

      // Agree with every statement, through the voting card, until none is left.
      for (let i = 0; i < 60; i++) {
        await page.locator('#card-statement, .segment-step, .end-card').first().waitFor();
        if ((await page.locator('.end-card').count()) > 0) break;
        if ((await page.locator('.segment-step').count()) > 0) {
          await page.locator('.segment-step').getByRole('button', { name: ui.app.segment.skip }).click();
          continue;
        }
        const before = await page.locator('#card-statement').textContent();
        await page.locator('.voting-card .vote-button--agree').click();
        await expect
          .poll(async () => ((await page.locator('.end-card, .segment-step').count()) > 0 ? 'moved' : await page.locator('#card-statement').textContent()))
          .not.toBe(before);
      }
      await page.getByRole('link', { name: ui.app.nav.results, exact: true }).click();
      const closest = page.locator('.you__closest');
      await closest.waitFor();
      expect(await closest.textContent()).toMatch(/You are closest to group [A-E]\./);
      const letter = (await closest.textContent())!.match(/group ([A-E])/)![1]!;
      await page.getByText(ui.results.you.because.replace('{{letter}}', letter)).waitFor();
      const reasons = page.locator('.you .result-statement');
      expect(await reasons.count()).toBeGreaterThan(0);
      expect(await reasons.first().textContent()).toContain(ui.results.you.voted.agree);
      // On the map the reader is marked, and the table says the same.
      expect(await page.locator('.opinion-map__you-ring').count()).toBe(1);
      expect(await page.locator('.opinion-map table').textContent()).toContain(ui.results.map.youClosest.replace('{{letter}}', letter));
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/**
 * Thirty participants in the demo conversation in two camps (one agrees with every other seed
 * statement, the other with the rest, and all agree with the first), and its math, so that the
 * demo conversation has opinion groups for a new participant to be placed among.
 */
async function seedTwoCamps(server: DemoServer) {
  const { store } = server.deps;
  const conversation = (await store.conversations.findBySlug(DEMO_SLUG))!;
  const statements = await store.statements.list(conversation.id, ['published']);
  const votes = [];
  let at = Date.now() - 3_600_000;
  for (let i = 0; i < 30; i++) {
    const p = await store.participants.findOrCreate(conversation.id, `camp-${i}`, server.deps.ids.newId(), at);
    for (const [j, s] of statements.entries()) {
      const camp = i < 15 ? 1 : -1;
      const value = (j === 0 ? 1 : j % 2 === 0 ? camp : -camp) as 1 | -1;
      votes.push({ conversationId: conversation.id, participantId: p.id, statementId: s.id, value, requestId: null, createdAt: (at += 100) });
    }
  }
  await store.votes.importEvents(votes);
  await computeSnapshot(store, conversation.id);
}

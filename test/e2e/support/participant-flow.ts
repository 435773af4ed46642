import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { demoQuestion, demoStatements, statementIdByText, type DemoLang } from './demo-texts.js';
import { announced, cardText, expectFocusOn, focused, tabTo } from './page-helpers.js';
import { DEMO_SLUG } from './server.js';

/** What a participant should see in one language: the interface text checked along the way. */
export interface LanguageCase {
  lang: DemoLang;
  locale: string;
  ui: {
    agree: string;
    disagree: string;
    pass: string;
    voteSaved: string;
    myVotesTab: string;
    writeTab: string;
    writeHeading: string;
    duplicateHeading: string;
    similarHeading: string;
    thanksPending: string;
    showOriginal: string | null;
  };
  /** A statement the demo has in this language, written again with other case and punctuation. */
  exactDuplicate: { typed: string; existing: string };
  /** The same thought in other words, for the similarity API. */
  nearDuplicate: { typed: string; existing: string };
  newStatement: string;
}

const VALUE_BY_KEY = { '1': 'agree', '2': 'disagree', '3': 'pass' } as const;
type Key = keyof typeof VALUE_BY_KEY;

/** Waits until the card shows another statement, or the one-time segment question appears. */
async function waitForNextStep(page: Page, previous: string): Promise<'card' | 'segment'> {
  await expect
    .poll(async () => ((await page.locator('#segment-title').count()) > 0 ? 'segment' : await cardText(page)), { timeout: 5000 })
    .not.toBe(previous);
  return (await page.locator('#segment-title').count()) > 0 ? 'segment' : 'card';
}

/** Answers the segment question with the keyboard: first option, then "Save and continue". */
async function answerSegmentWithKeyboard(page: Page) {
  await expectFocusOn(page, 'segment-title');
  await page.keyboard.press('Tab');
  expect((await focused(page)).tag).toBe('input');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.locator('#card-statement').waitFor();
}

/**
 * Votes on `count` different statements with the keyboard alone: Tab into the card, then the
 * number keys; one vote is undone with Backspace and cast again. Returns each statement's vote.
 */
export async function voteWithKeyboard(page: Page, c: LanguageCase, count: number): Promise<Map<string, string>> {
  const shown = demoStatements(c.lang);
  const votes = new Map<string, string>();
  await tabTo(page, 'vote-button');
  let undone = false;
  for (let i = 0; votes.size < count; i++) {
    const text = await cardText(page);
    expect(shown).toContain(text);
    const key = (['1', '2', '3'] as Key[])[i % 3]!;
    await page.keyboard.press(key);
    votes.set(text, VALUE_BY_KEY[key]);
    if ((await waitForNextStep(page, text)) === 'segment') await answerSegmentWithKeyboard(page);
    await expectFocusOn(page, 'card-statement');
    await expect.poll(() => announced(page)).toContain(c.ui.voteSaved);

    if (votes.size === 5 && !undone) {
      undone = true;
      await page.keyboard.press('Backspace');
      await expect.poll(() => cardText(page)).toBe(text);
      await expectFocusOn(page, 'card-statement');
      await page.keyboard.press('2');
      votes.set(text, 'disagree');
      await waitForNextStep(page, text);
      await expectFocusOn(page, 'card-statement');
    }
  }
  await expect.poll(() => page.locator('.progress__text').textContent()).toContain(`${count} / ${shown.length}`);
  return votes;
}

async function myVoteOn(page: Page, baseUrl: string, text: string): Promise<string | undefined> {
  const id = await statementIdByText(baseUrl, DEMO_SLUG, text);
  const response = await page.request.get(`${baseUrl}/api/v1/conversations/${DEMO_SLUG}/votes/mine`);
  const { votes } = (await response.json()) as { votes: { statementId: string; value: string }[] };
  return votes.find((v) => v.statementId === id)?.value;
}

/** Changes the vote on the first statement voted, from "my votes"; the server keeps the change. */
export async function changeOneVote(page: Page, baseUrl: string, c: LanguageCase, votes: Map<string, string>) {
  await page.getByRole('link', { name: c.ui.myVotesTab, exact: true }).click();
  await page.locator('.my-votes').waitFor();
  await expect.poll(() => page.locator('.my-votes > li').count()).toBe(votes.size);
  const [text, value] = [...votes][0]!;
  const item = page.locator('.my-votes > li', { has: page.getByText(text, { exact: true }) });
  await expect.poll(() => item.locator(`.vote-button--${value}`).getAttribute('aria-pressed')).toBe('true');
  const changed = value === 'agree' ? 'disagree' : 'agree';
  await item.locator(`.vote-button--${changed}`).click();
  await expect.poll(() => item.locator(`.vote-button--${changed}`).getAttribute('aria-pressed')).toBe('true');
  expect(await item.locator(`.vote-button--${value}`).getAttribute('aria-pressed')).toBe('false');
  await expect.poll(() => myVoteOn(page, baseUrl, text)).toBe(changed);
}

/**
 * Writes a near-duplicate and sees the similar-statement hint (when the server has the similarity
 * API), and votes on it from there; sends an exact duplicate and gets the statement it repeats;
 * then sends a new statement and is thanked.
 */
export async function writeStatements(page: Page, baseUrl: string, c: LanguageCase) {
  await page.getByRole('link', { name: c.ui.writeTab, exact: true }).click();
  await expect.poll(() => page.locator('h1').textContent()).toBe(c.ui.writeHeading);
  const box = page.locator('#statement-input');
  const send = page.locator('.write-form button[type=submit]');

  const probe = await page.request.get(`${baseUrl}/api/v1/conversations/${DEMO_SLUG}/similar?text=osallistuminen&lang=${c.lang}&limit=3`);
  if (probe.status() !== 404) {
    await box.fill(c.nearDuplicate.typed);
    const hint = page.locator('.similar');
    await hint.waitFor({ timeout: 5000 });
    expect(await hint.locator('h2').textContent()).toBe(c.ui.similarHeading);
    const item = hint.locator('li', { hasText: c.nearDuplicate.existing });
    await item.locator('.vote-button--agree').click();
    await expect.poll(() => item.locator('.vote-button--agree').getAttribute('aria-pressed')).toBe('true');
  } else {
    process.stdout.write('NOTICE: the server has no similarity API; the similar-statement hint is not tested.\n');
  }

  await box.fill(c.exactDuplicate.typed);
  await send.click();
  const notice = page.locator('.duplicate');
  await notice.waitFor({ timeout: 5000 });
  expect(await notice.locator('h2').textContent()).toBe(c.ui.duplicateHeading);
  await expectFocusOn(page, 'duplicate-title');
  await expect.poll(() => notice.textContent()).toContain(c.exactDuplicate.existing);

  await box.fill(c.newStatement);
  await send.click();
  const thanks = page.locator('.thank-you');
  await thanks.waitFor({ timeout: 5000 });
  expect(await thanks.textContent()).toContain(c.ui.thanksPending);
  await expectFocusOn(page, 'thanks-title');
}

/** Opens the conversation and checks its language: question, buttons and statement text. */
export async function openConversation(page: Page, baseUrl: string, c: LanguageCase) {
  await page.goto(`${baseUrl}/${c.lang}/c/${DEMO_SLUG}`);
  await page.locator('#card-statement').waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe(c.lang);
  expect(await page.locator('h1').textContent()).toBe(demoQuestion(c.lang));
  const buttons = page.locator('.voting-card .vote-button__label');
  expect(await buttons.allTextContents()).toEqual([c.ui.agree, c.ui.disagree, c.ui.pass]);
  expect(demoStatements(c.lang)).toContain(await cardText(page));
  expect(await page.locator('#card-statement').getAttribute('lang')).toBe(c.lang);
}

/** A translated statement shows its original one tap away, and back. */
export async function toggleOriginal(page: Page, c: LanguageCase) {
  if (!c.ui.showOriginal) return;
  const translated = await cardText(page);
  await page.getByRole('button', { name: c.ui.showOriginal }).click();
  const original = await cardText(page);
  expect(demoStatements('fi')).toContain(original);
  expect(await page.locator('#card-statement').getAttribute('lang')).toBe('fi');
  await page.locator('.statement__toggle').click();
  expect(await cardText(page)).toBe(translated);
}

import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { describe } from 'vitest';

/** Debian's Chromium; nothing here ever downloads a browser. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  if (process.env.CI === 'true') {
    throw new Error(`CI=true but ${CHROMIUM} is missing: install it with \`apt-get install -y chromium\`; the browser tests cannot run`);
  }
  process.stdout.write(`\nNOTICE: ${CHROMIUM} is missing; the browser tests are SKIPPED (apt-get install -y chromium).\n\n`);
}

/** `describe` when Chromium is there, `describe.skip` (with the notice above) when it is not. */
export const describeInBrowser = hasChromium ? describe : describe.skip;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export const PHONE = { width: 360, height: 780 };
export const DESKTOP = { width: 1280, height: 900 };

export interface Visit {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** Console errors and uncaught exceptions, e.g. Content-Security-Policy violations. */
  problems: string[];
}

/** A fresh browser profile (a new participant) with the given language preference. */
export async function newVisit(browser: Browser, options: { locale: string; viewport?: { width: number; height: number } }): Promise<Visit> {
  const context = await browser.newContext({ locale: options.locale, viewport: options.viewport ?? PHONE, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { context, page, requests, problems };
}

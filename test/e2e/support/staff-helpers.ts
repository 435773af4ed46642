import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { DEMO_ADMIN_EMAIL } from '../../../src/infra/demo/seed-demo.js';
import type { DemoServer } from './server.js';

export { DEMO_ADMIN_EMAIL };

/**
 * Gives the demo's organizer a known one-time password (the demo makes a random one and keeps it
 * to itself), so that a test logs in as a new administrator would: then must choose a password.
 */
export async function setAdminPassword(server: DemoServer, password: string, mustChange: boolean): Promise<void> {
  const { store, passwords } = server.deps;
  const admin = await store.users.findByEmail(DEMO_ADMIN_EMAIL);
  if (!admin) throw new Error(`the demo has no ${DEMO_ADMIN_EMAIL}`);
  await store.users.setPassword(admin.id, await passwords.hash(password), mustChange);
}

export interface AxeFindings {
  /** Serious and critical violations as "rule: selector": these fail a test. */
  serious: string[];
  /** Minor and moderate ones, reported so that they get fixed too. */
  other: string[];
}

/** axe with WCAG 2.1 A and AA and best practices. */
export async function axeFindings(page: Page): Promise<AxeFindings> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const lines = (impacts: string[]) =>
    results.violations.filter((v) => impacts.includes(v.impact ?? '')).flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  return { serious: lines(['serious', 'critical']), other: lines(['minor', 'moderate']) };
}

/** Waits until the staff page has its heading and nothing is loading. */
export async function staffPageReady(page: Page) {
  await page.locator('h1').first().waitFor();
  await page.locator('.loading').waitFor({ state: 'detached' });
}

/** The document's width beyond the viewport: 0 when nothing scrolls sideways. */
export const sidewaysOverflow = (page: Page) =>
  page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

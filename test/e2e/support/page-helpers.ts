import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// Browser-side expressions are passed as strings: this code is type-checked without the DOM types.

/** The focused element's id and classes, to check where focus went. */
export async function focused(page: Page): Promise<{ id: string; className: string; tag: string }> {
  return page.evaluate<{ id: string; className: string; tag: string }>(
    `(() => { const el = document.activeElement; return { id: el?.id ?? '', className: typeof el?.className === 'string' ? el.className : '', tag: el?.tagName.toLowerCase() ?? '' }; })()`,
  );
}

/** Presses Tab until the focused element has `className`, as a keyboard user would. */
export async function tabTo(page: Page, className: string, maxPresses = 60) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).className.split(' ').includes(className)) return;
  }
  throw new Error(`no element with class ${className} reached by Tab`);
}

export async function expectFocusOn(page: Page, id: string) {
  await expect.poll(async () => (await focused(page)).id, { timeout: 5000 }).toBe(id);
}

/** The polite live region's current text. */
export const announced = (page: Page) => page.evaluate<string>(`document.querySelector('[data-testid=announcer]')?.textContent ?? ''`);

/** The voting card's statement, or '' while there is none (this does not wait for one). */
export const cardText = (page: Page) => page.evaluate<string>(`document.querySelector('#card-statement')?.textContent ?? ''`);

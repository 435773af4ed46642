import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { startDemoServer, type DemoServer } from './server.js';

/** One demo server and one browser for a whole test file, started together and closed after it. */
export function useDemoSession(): { readonly server: DemoServer; readonly browser: Browser } {
  const session = {} as { server: DemoServer; browser: Browser };
  beforeAll(async () => {
    [session.server, session.browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

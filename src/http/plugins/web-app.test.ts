import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../server.js';
import type { App } from '../types.js';
import { plainPasswords } from '../../../test/support/http.js';
import { sqliteTestStore, type TestStore } from '../../../test/support/databases.js';
import { ManualClock } from '../../infra/system/clock.js';
import { randomIds } from '../../infra/system/ids.js';
import { InMemorySimilarityIndexes } from '../../infra/similarity/similarity-indexes.js';

describe('serving the web app', () => {
  let dir: string;
  let db: TestStore;
  let app: App;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sopu-web-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Sopu</title>');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'app.js'), 'export {};');
    db = await sqliteTestStore();
    const deps = { store: db.store, clock: new ManualClock(Date.UTC(2026, 0, 19)), ids: randomIds, passwords: plainPasswords };
    app = await buildServer({ ...deps, similarity: new InMemorySimilarityIndexes(db.store, 0) }, { webDir: dir });
  });
  afterAll(async () => {
    await app.close();
    await db.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the app for its own pages and its files', async () => {
    const page = await app.inject({ url: '/fi/c/helsinki-osallisuus-2026' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Sopu</title>');
    expect((await app.inject({ url: '/assets/app.js' })).statusCode).toBe(200);
  });

  // A redirect built from the request's path can send a visitor from the city's address to any
  // other site ("//evil.example" is another host to a browser).
  it.each(['//evil.example', '//evil.example/', '/\\evil.example', '/%2F%2Fevil.example', '/assets', '/assets/..//evil.example', '/fi/c/x/%2e%2e//evil.example', '/api/v1/../..//evil.example'])(
    'never redirects %s anywhere',
    async (url) => {
      const res = await app.inject({ url });
      expect(res.statusCode).toBeLessThan(500);
      expect(res.statusCode < 300 || res.statusCode >= 400).toBe(true);
      expect(res.headers.location).toBeUndefined();
    },
  );
});

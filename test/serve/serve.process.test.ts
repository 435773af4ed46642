import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pgAdminUrl, postgresTestDatabase } from '../support/databases.js';
import { startServerProcess } from '../support/server-process.js';

interface ConversationList {
  conversations: { id: string; phase: string; texts: Record<string, { title: string }> }[];
}

const listAt = async (url: string) => (await (await fetch(`${url}/api/v1/conversations`)).json()) as ConversationList;

async function checkDemo(url: string) {
  const health = await fetch(`${url}/healthz`);
  expect(health.status).toBe(200);
  const list = await listAt(url);
  const demo = list.conversations.find((c) => c.id === 'helsinki-osallisuus-2026')!;
  expect(demo.phase).toBe('open');
  expect(Object.keys(demo.texts).sort()).toEqual(['en', 'fi', 'sv']);
  for (const lang of ['fi', 'sv', 'en']) expect(demo.texts[lang]!.title).not.toBe('');
}

function serveSuite(name: string, env: () => Promise<{ env: Record<string, string>; cleanup(): Promise<void> }>) {
  describe(`sopu serve on ${name}`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterAll(async () => {
      for (const c of cleanups.reverse()) await c();
    });

    it('migrates, seeds the demo once with a one-time password printed once, and serves it again after a restart', async () => {
      const target = await env();
      cleanups.push(target.cleanup);
      const first = await startServerProcess(target.env);
      try {
        expect(first.output()).toMatch(/One-time password: [A-Za-z0-9]{20}/);
        await checkDemo(first.url);
      } finally {
        await first.stop();
      }
      const second = await startServerProcess(target.env);
      try {
        expect(second.output()).not.toMatch(/One-time password/);
        await checkDemo(second.url);
        const list = await listAt(second.url);
        expect(list.conversations).toHaveLength(1);
      } finally {
        await second.stop();
      }
    });
  });
}

serveSuite('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sopu-serve-'));
  return { env: { DATA_DIR: dir }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});

const adminUrl = pgAdminUrl();
if (adminUrl) {
  serveSuite('PostgreSQL', async () => {
    const db = await postgresTestDatabase(adminUrl);
    const dir = mkdtempSync(join(tmpdir(), 'sopu-serve-'));
    return {
      env: { DATABASE_URL: db.url, DATA_DIR: dir },
      cleanup: async () => {
        await db.drop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  });
} else {
  describe('sopu serve on PostgreSQL', () => {
    it.skip('needs a PostgreSQL (none was found or could be started)', () => {});
  });
}

if (adminUrl) {
  describe('several app processes on one PostgreSQL', () => {
    it('start at once on an empty database and seed the demo exactly once', async () => {
      const db = await postgresTestDatabase(adminUrl);
      const dir = mkdtempSync(join(tmpdir(), 'sopu-serve-'));
      try {
        const servers = await Promise.all([0, 1].map(() => startServerProcess({ DATABASE_URL: db.url, DATA_DIR: dir })));
        try {
          const printed = servers.filter((s) => /One-time password/.test(s.output()));
          expect(printed).toHaveLength(1);
          for (const s of servers) {
            const list = await listAt(s.url);
            expect(list.conversations).toHaveLength(1);
          }
        } finally {
          await Promise.all(servers.map((s) => s.stop()));
        }
      } finally {
        await db.drop();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

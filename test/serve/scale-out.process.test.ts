import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pgAdminUrl, postgresTestDatabase } from '../support/databases.js';
import { untilEvent } from '../support/sse.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';

const SLUG = 'helsinki-osallisuus-2026';
const adminUrl = pgAdminUrl();

interface Results {
  version: number | null;
  votes?: number;
  groups?: { size: number }[];
}

async function voteThrough(server: ServerProcess, voter: number, statementIds: string[]) {
  const join = await fetch(`${server.url}/api/v1/conversations/${SLUG}/participants`, { method: 'POST' });
  const cookie = join.headers.get('set-cookie')!.split(';')[0]!;
  for (const [s, statementId] of statementIds.entries()) {
    const value = (voter % 2 === 0) === (s % 2 === 0) ? 'agree' : 'disagree';
    const res = await fetch(`${server.url}/api/v1/conversations/${SLUG}/votes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ statementId, value, requestId: `v${voter}-${s}` }),
    });
    expect(res.status).toBe(201);
  }
}

describe.skipIf(!adminUrl)('two app processes on one PostgreSQL', () => {
  it('take votes through both, run the math once, and announce and serve the same results from both', async () => {
    const db = await postgresTestDatabase(adminUrl!);
    const dir = mkdtempSync(join(tmpdir(), 'sopu-scale-'));
    const env = { DATABASE_URL: db.url, DATA_DIR: dir };
    const a = await startServerProcess(env);
    const b = await startServerProcess(env);
    let stream: Response | undefined;
    try {
      // A browser connected to B hears about results computed from votes sent to A and B.
      stream = await fetch(`${b.url}/api/v1/conversations/${SLUG}/events`);
      const heard = untilEvent(stream, 'results-updated', 60_000);
      heard.catch(() => {}); // awaited below; a failure before then must not go unhandled

      const statements = ((await (await fetch(`${a.url}/api/v1/conversations/${SLUG}/statements`)).json()) as { statements: { id: string }[] }).statements
        .slice(0, 8)
        .map((s) => s.id);
      await Promise.all(Array.from({ length: 20 }, (_, i) => voteThrough(i % 2 === 0 ? a : b, i, statements)));

      const deadline = Date.now() + 45_000;
      let fromA: Results = { version: null };
      let fromB: Results = { version: null };
      while (Date.now() < deadline) {
        fromA = (await (await fetch(`${a.url}/api/v1/conversations/${SLUG}/results`)).json()) as Results;
        fromB = (await (await fetch(`${b.url}/api/v1/conversations/${SLUG}/results`)).json()) as Results;
        if (fromA.votes === 160 && fromB.votes === 160 && fromA.version === fromB.version) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(fromA.votes).toBe(160);
      expect(fromB).toEqual(fromA);
      expect(fromA.groups!.map((g) => g.size).sort()).toEqual([10, 10]);
      expect((await heard).text).toMatch(/event: results-updated/);
      await (await heard).cancel();

      // Exactly one of the two ran the math: snapshot versions are one sequence without gaps or twins.
      const pg = await import('pg');
      const client = new pg.default.Client({ connectionString: db.url });
      await client.connect();
      const { rows } = await client.query<{ n: number; v: number }>('select count(*)::int as n, max(version) as v from math_snapshots');
      await client.end();
      expect(rows[0]!.n).toBe(rows[0]!.v);
    } finally {
      await stream?.body?.cancel().catch(() => {});
      await Promise.all([a.stop(), b.stop()]);
      await db.drop();
      rmSync(dir, { recursive: true, force: true });
    }
    // Two server processes start and the math runs while the rest of the suite loads the machine.
  }, 180_000);
});

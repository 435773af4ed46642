/**
 * `sopu backup` copies a live SQLite database (a server process keeps serving and taking votes);
 * the copy, put into a fresh DATA_DIR as the README says, serves the same data.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { pgAdminUrl, postgresTestDatabase } from '../support/databases.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { ParticipantClient, VALUES } from './participant-client.js';
import { DEMO_SLUG } from './targets.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function sopu(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

/** A participant who votes through every statement. */
async function voteThrough(url: string, n: number | string, acked: string[]): Promise<ParticipantClient> {
  const client = new ParticipantClient(url);
  await client.join();
  let next = await client.next();
  for (let v = 0; next; v++) {
    const requestId = `p${n}-v${v}`;
    const answer = await client.vote({ statementId: next, value: VALUES[v % 3]!, requestId });
    if (answer.status === 201) acked.push(requestId);
    next = answer.next;
  }
  return client;
}

const api = async (url: string, path: string, cookie?: string | null): Promise<unknown> =>
  (await fetch(`${url}/api/v1/conversations${path}`, { headers: cookie ? { cookie } : {} })).json();

describe('backing up a live SQLite database and restoring it', () => {
  const dirs: string[] = [];
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    for (const s of servers) await s.stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const tempDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'sopu-backup-'));
    dirs.push(d);
    return d;
  };
  const serve = async (dataDir: string, env: Record<string, string> = {}) => {
    const s = await startServerProcess({ DATA_DIR: dataDir, SEED_DEMO: 'true', ...env });
    servers.push(s);
    return s;
  };
  const sameData = async (restored: string, live: string, voters: ParticipantClient[]) => {
    expect(await api(restored, '')).toEqual(await api(live, ''));
    expect(await api(restored, `/${DEMO_SLUG}/statements`)).toEqual(await api(live, `/${DEMO_SLUG}/statements`));
    for (const voter of voters) {
      const mine = (await api(restored, `/${DEMO_SLUG}/votes/mine`, voter.cookie)) as { votes: unknown[] };
      expect(mine.votes.length).toBeGreaterThan(0);
      expect(mine).toEqual(await api(live, `/${DEMO_SLUG}/votes/mine`, voter.cookie));
    }
  };

  it('copies while votes come in, and the copy serves the same conversation, votes and participants', async () => {
    const live = tempDir();
    const server = await serve(live);
    const acked: string[] = [];
    const voters = await Promise.all([0, 1, 2].map((n) => voteThrough(server.url, n, acked)));

    // A backup taken while more votes come in holds at least every vote acknowledged before it began.
    const backups = tempDir();
    const before = [...acked];
    let backingUp = true;
    const load = Promise.all(
      [3, 4, 5, 6].map(async (n) => {
        for (let round = 0; backingUp; round++) await voteThrough(server.url, `${n}-${round}`, acked);
      }),
    );
    const during = await sopu(['backup', join(backups, 'during.db')], { DATA_DIR: live });
    backingUp = false;
    await load;
    expect(acked.length).toBeGreaterThan(before.length);
    expect(during.code, during.output).toBe(0);
    const copy = new SqliteDatabase(join(backups, 'during.db'), { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set((copy.prepare('select request_id from votes').all() as { request_id: string }[]).map((r) => r.request_id));
      expect(before.filter((id) => !stored.has(id))).toEqual([]);
    } finally {
      copy.close();
    }

    // Once the votes are in, a second backup of the still-running server is restored and served.
    const file = join(backups, 'sopu-backup.db');
    const done = await sopu(['backup', file], { DATA_DIR: live });
    expect(done.code, done.output).toBe(0);
    expect(done.output).toContain('Backed up');
    expect(existsSync(`${file}-wal`)).toBe(false);
    const again = await sopu(['backup', file], { DATA_DIR: live });
    expect(again.code).toBe(1);
    expect(again.output).toContain('exists already');

    const restoredDir = join(tempDir(), 'data');
    mkdirSync(restoredDir);
    copyFileSync(file, join(restoredDir, 'sopu.db'));
    const restored = await serve(restoredDir);
    expect(restored.output()).not.toContain('One-time password');

    await sameData(restored.url, server.url, voters);
  }, 120_000);

  const adminUrl = pgAdminUrl();
  const hasPgTools = spawnSync('pg_dump', ['--version']).status === 0 && spawnSync('pg_restore', ['--version']).status === 0;
  it.skipIf(!adminUrl || !hasPgTools)('on PostgreSQL, restores what the README\'s pg_dump and pg_restore commands saved', async () => {
    const liveDb = await postgresTestDatabase(adminUrl!);
    const restoredDb = await postgresTestDatabase(adminUrl!);
    try {
      const server = await serve(tempDir(), { DATABASE_URL: liveDb.url });
      const voters = await Promise.all([0, 1].map((n) => voteThrough(server.url, n, [])));
      const dump = join(tempDir(), 'sopu.dump');
      const dumped = spawnSync('pg_dump', ['--format=custom', `--file=${dump}`, liveDb.url], { encoding: 'utf8' });
      expect(dumped.status, dumped.stderr).toBe(0);
      const restoredRun = spawnSync('pg_restore', ['--no-owner', `--dbname=${restoredDb.url}`, dump], { encoding: 'utf8' });
      expect(restoredRun.status, restoredRun.stderr).toBe(0);
      const restored = await serve(tempDir(), { DATABASE_URL: restoredDb.url });
      expect(restored.output()).not.toContain('One-time password');
      await sameData(restored.url, server.url, voters);
    } finally {
      for (const s of servers.splice(0)) await s.stop();
      await liveDb.drop();
      await restoredDb.drop();
    }
  }, 120_000);

  it('refuses to run on PostgreSQL and says what to use instead', async () => {
    const result = await sopu(['backup', join(tempDir(), 'x.db')], { DATABASE_URL: 'postgres://127.0.0.1:1/none' });
    expect(result.code).toBe(2);
    expect(result.output).toContain('pg_dump');
  }, 60_000);
});

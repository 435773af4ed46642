import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A PostgreSQL the tests may use: an admin URL (to create throw-away databases) and how to stop it. */
export interface TestPostgres {
  adminUrl: string;
  source: 'DATABASE_URL' | 'local server' | 'started for the tests';
  stop(): Promise<void>;
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function findPgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = join(root, v, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return null;
}

/** initdb refuses to run as root, so a root process hands the cluster to the `postgres` user. */
function asPgUser(cmd: string, args: string[]): string[] {
  if (userInfo().uid !== 0) return [cmd, ...args];
  return ['runuser', '-u', 'postgres', '--', cmd, ...args];
}

export async function startThrowAwayServer(): Promise<TestPostgres | null> {
  const bin = findPgBin();
  if (!bin) return null;
  const dir = mkdtempSync(join(tmpdir(), 'sopu-pg-'));
  const dataDir = join(dir, 'data');
  if (userInfo().uid === 0) {
    const pw = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (pw.status !== 0) return null;
    chownSync(dir, Number(pw.stdout.trim()), Number(gid.stdout.trim()));
  }
  const port = await freePort();
  const run = (cmd: string, args: string[]) => {
    const [c, ...a] = asPgUser(cmd, args);
    execFileSync(c!, a, { stdio: 'pipe' });
  };
  run(join(bin, 'initdb'), ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  run(join(bin, 'pg_ctl'), [
    '-D', dataDir, '-w', '-l', join(dir, 'log'), 'start',
    '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
  ]);
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    source: 'started for the tests',
    async stop() {
      try {
        run(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Finds a PostgreSQL: `DATABASE_URL` when it names one, then the local server, then one started here. */
export async function findTestPostgres(): Promise<TestPostgres | null> {
  const given = process.env.DATABASE_URL;
  if (given && /^postgres(ql)?:\/\//.test(given)) {
    if (!(await reachable(given))) throw new Error(`DATABASE_URL is set but PostgreSQL does not answer there`);
    return { adminUrl: given, source: 'DATABASE_URL', stop: async () => {} };
  }
  for (const url of ['postgres://postgres@127.0.0.1:5432/postgres', 'postgres://postgres@localhost:5432/postgres']) {
    if (await reachable(url)) return { adminUrl: url, source: 'local server', stop: async () => {} };
  }
  try {
    return await startThrowAwayServer();
  } catch (err) {
    process.stderr.write(`Could not start a PostgreSQL for the tests: ${(err as Error).message}\n`);
    return null;
  }
}

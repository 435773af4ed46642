/**
 * HTTP benchmark, loopback only, about half a minute.
 *
 * 1. Baseline: a bare Fastify JSON endpoint, served from a worker thread of this process.
 * 2. Sopu: a real `sopu serve` process on a fresh SQLite database with the demo conversation;
 *    100 concurrent participants each vote through the statements on the `next` card every vote
 *    returns, as the web client does (the first vote, sent without a cookie, makes the
 *    participant), until none is left; then a new participant takes over. The per-address vote
 *    limit is lifted, since every participant here comes from 127.0.0.1.
 *
 * The same load driver (autocannon, in this thread) runs both, so the server under test has a core
 * of its own and the ratio compares like with like. On Linux it also prints how busy the server's
 * main thread, its other threads and the driver were, which tells what limits the rate.
 *
 *   npm run bench -- http
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import SqliteDatabase from 'better-sqlite3';
import { startServerProcess } from '../test/support/server-process.js';

const require = createRequire(import.meta.url);

interface Histogram {
  p50: number;
  p99: number;
}
interface CannonResult {
  requests: { average: number; total: number };
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  duration: number;
}
interface CannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (req: CannonRequest, context: Record<string, unknown>) => CannonRequest;
  onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
}
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  requests?: CannonRequest[];
  pipelining?: number;
}) => Promise<CannonResult>;
const autocannon = require('autocannon') as Autocannon;

const CONNECTIONS = 100;
const WARMUP_S = 3;
const MEASURE_S = 10;
const SLUG = 'helsinki-osallisuus-2026';
const TARGET = { votesPerSecond: 3_000, p99Ms: 100, ratio: 0.2 };

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

/** The bare Fastify endpoint in a worker thread, so that it does not share a core with the driver. */
async function startBaseline(): Promise<{ url: string; stop(): Promise<void> }> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const Fastify = require(workerData.fastify);
    const app = Fastify({ logger: false });
    app.get('/json', async () => ({ hello: 'world' }));
    app.listen({ port: 0, host: '127.0.0.1' }).then((address) => parentPort.postMessage(address));
  `;
  const worker = new Worker(code, { eval: true, workerData: { fastify: require.resolve('fastify') } });
  const url = await new Promise<string>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return { url, stop: async () => void (await worker.terminate()) };
}

/** One participant per connection: the request list is its votes; the driver resets the context when it loops. */
function voteRequests(statementIds: string[]): CannonRequest[] {
  const values = ['agree', 'disagree', 'pass'];
  const path = `/api/v1/conversations/${SLUG}/votes`;
  let requestNo = 0;
  const vote = (first: boolean): CannonRequest => ({
    method: 'POST',
    path,
    setupRequest: (req, ctx) => {
      const statementId = first || !ctx.next ? statementIds[Math.floor(Math.random() * statementIds.length)]! : (ctx.next as string);
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (!first && ctx.cookie) headers.cookie = ctx.cookie as string;
      const value = values[Math.floor(Math.random() * 3)];
      return { ...req, headers, body: JSON.stringify({ statementId, value, requestId: `b${++requestNo}` }) };
    },
    onResponse: (status, body, ctx, headers) => {
      if (status >= 300) return;
      const set = headers['set-cookie'];
      if (set) ctx.cookie = String(set).split(';')[0];
      ctx.next = (JSON.parse(body) as { next: { statement: { id: string } } | null }).next?.statement.id ?? null;
    },
  });
  return statementIds.map((_, i) => vote(i === 0));
}

/** CPU time in ms from a /proc stat line (user + system). */
const statCpuMs = (stat: string) => {
  const fields = stat.split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};

/** CPU time a process has used, in ms (Linux), or null where /proc is not there. */
function cpuMs(pid: number | undefined): number | null {
  try {
    return statCpuMs(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null;
  }
}

/** CPU time of the process's main thread (the event loop) and of its other threads together, in ms. */
function threadCpuMs(pid: number | undefined): { main: number; others: number } | null {
  try {
    let main = 0;
    let others = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const ms = statCpuMs(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'));
      if (tid === String(pid)) main = ms;
      else others += ms;
    }
    return { main, others };
  } catch {
    return null;
  }
}

/** Share of one core over the measured run. */
const coreShare = (ms: number) => `${fmt((ms / (MEASURE_S * 1000)) * 100)} %`;

function storedVotes(dbFile: string): number {
  const db = new SqliteDatabase(dbFile, { readonly: true });
  try {
    return (db.prepare('select count(*) as n from votes').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

async function main() {
  console.log(`${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (other work on the machine lowers every figure)`);
  const baselineServer = await startBaseline();
  await autocannon({ url: `${baselineServer.url}/json`, connections: CONNECTIONS, duration: WARMUP_S });
  const baseline = await autocannon({ url: `${baselineServer.url}/json`, connections: CONNECTIONS, duration: MEASURE_S });
  await baselineServer.stop();
  const baseRate = baseline.requests.total / MEASURE_S;
  console.log(
    `bare Fastify JSON (same process)  ${fmt(baseRate)} req/s  p50 ${baseline.latency.p50} ms  p99 ${baseline.latency.p99} ms  ` +
      `errors ${baseline.errors + baseline.timeouts + baseline.non2xx}`,
  );

  const dataDir = mkdtempSync(join(tmpdir(), 'sopu-bench-'));
  // Every participant here comes from one address: the per-address limits are lifted for the run.
  const server = await startServerProcess({
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_VOTES_PER_ADDRESS: '0',
  });
  try {
    const list = (await (await fetch(`${server.url}/api/v1/conversations/${SLUG}/statements`)).json()) as { statements: { id: string }[] };
    const statementIds = list.statements.map((s) => s.id);
    const run = (duration: number) =>
      autocannon({ url: server.url, connections: CONNECTIONS, duration, requests: voteRequests(statementIds) });
    const warm = await run(WARMUP_S);
    const cpuBefore = cpuMs(server.child.pid);
    const threadsBefore = threadCpuMs(server.child.pid);
    const driverBefore = process.cpuUsage();
    const votes = await run(MEASURE_S);
    const driverUsed = process.cpuUsage(driverBefore);
    const threadsAfter = threadCpuMs(server.child.pid);
    const cpuAfter = cpuMs(server.child.pid);
    const rate = votes['2xx'] / MEASURE_S;
    const errors = votes.errors + votes.timeouts + votes.non2xx;
    const ratio = rate / baseRate;
    console.log(
      `Sopu votes (SQLite, ${CONNECTIONS} participants)  ${fmt(rate)} votes/s  p50 ${votes.latency.p50} ms  p99 ${votes.latency.p99} ms  errors ${errors}`,
    );
    console.log(`ratio to baseline  ${ratio.toFixed(3)}`);
    if (cpuBefore !== null && cpuAfter !== null) {
      const used = cpuAfter - cpuBefore;
      // CPU per vote barely depends on other work on the machine, unlike the rates: compare this one.
      console.log(
        `server CPU  ${fmt((used * 1000) / Math.max(1, votes['2xx']))} µs per vote (${fmt((used / (MEASURE_S * 1000)) * 100)} % of one core, ` +
          `math worker included; load average now ${loadavg()[0]!.toFixed(2)})`,
      );
    }
    // Which part is the limit: a main thread near 100 % is; well below it, waiting is.
    if (threadsBefore && threadsAfter) {
      console.log(
        `busy: server main thread ${coreShare(threadsAfter.main - threadsBefore.main)}, its other threads ${coreShare(threadsAfter.others - threadsBefore.others)}, ` +
          `load driver ${coreShare((driverUsed.user + driverUsed.system) / 1000)} (of one core each; ${cpus().length} cores)`,
      );
    }
    console.log(
      `targets: ≥ ${fmt(TARGET.votesPerSecond)} votes/s ${verdict(rate >= TARGET.votesPerSecond)}, ` +
        `p99 < ${TARGET.p99Ms} ms ${verdict(votes.latency.p99 < TARGET.p99Ms)}, no errors ${verdict(errors === 0)}, ` +
        `ratio ≥ ${TARGET.ratio} ${verdict(ratio >= TARGET.ratio)}`,
    );
    await server.stop();
    const acknowledged = warm['2xx'] + votes['2xx'];
    // A run ends with up to one vote per connection in flight: stored, but not counted as answered.
    console.log(
      `stored vote events ${fmt(storedVotes(join(dataDir, 'sopu.db')))}, acknowledged ${fmt(acknowledged)} (+ up to ${2 * CONNECTIONS} in flight when a run ended)`,
    );
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();

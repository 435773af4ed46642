/**
 * Opinion-math benchmark: synthetic conversations with planted groups at 10k, 1M and 10M votes (cold
 * compute, warm update after 1 % new votes, peak memory), then every Pol.is open-data conversation.
 * Each synthetic scale runs in its own process so that its peak RSS is its own.
 *
 *   npm run bench -- math                      all of it
 *   node --expose-gc --import tsx bench/math.bench.ts --scale 1M
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adjustedRandIndex } from '../src/domain/math/ari.js';
import { computeMath, MathWorkspace, type MathInput } from '../src/domain/math/index.js';
import { readPolisExport, toMathInput } from '../src/infra/polis/index.js';
import { PlantedConversation } from '../test/math/synthetic.js';

const here = dirname(fileURLToPath(import.meta.url));
const SCALES = {
  '10k': { participants: 500, statements: 100, votesPerParticipant: 20, warmUpdates: 5, targets: null },
  '1M': { participants: 20_000, statements: 1_000, votesPerParticipant: 50, warmUpdates: 5, targets: { cold: 1_000, warm: 300, memoryMb: null } },
  '10M': { participants: 100_000, statements: 2_000, votesPerParticipant: 100, warmUpdates: 2, targets: { cold: 10_000, warm: null, memoryMb: 2_048 } },
} as const;
type ScaleName = keyof typeof SCALES;

const clock = () => performance.now();
/** CPU time (user + system, all threads of the process, so GC helpers too) since `from`, in ms. */
const cpuSince = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
};
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const ms = (t: number) => `${t.toFixed(0)} ms`;
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const verdict = (value: number, target: number | null) => (target === null ? '' : value <= target ? ` (target ≤ ${target}: ok)` : ` (target ≤ ${target}: MISSED)`);
const stages = (t: Record<string, number>) => Object.entries(t).filter(([k]) => k !== 'total').map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');

/** Runs a small conversation through cold and warm updates so that the measured runs use compiled code, as a long-lived worker does. */
function warmUpJit(): void {
  const conv = new PlantedConversation({ participants: 3_000, statements: 300, votesPerParticipant: 30, groups: 3, seed: 1 });
  const input: MathInput = { votes: conv.matrix, statements: conv.statementIds };
  let { state } = computeMath(input);
  for (let u = 0; u < 5; u++) {
    conv.addVotes(900);
    state = computeMath(input, {}, state).state;
  }
}

function runScale(name: ScaleName): void {
  const scale = SCALES[name];
  warmUpJit();
  let t = clock();
  const conv = new PlantedConversation({ ...scale, groups: 3, seed: 2024 });
  const input: MathInput = { votes: conv.matrix, statements: conv.statementIds };
  const votes = conv.matrix.cellCount;
  const generated = clock() - t;
  // The scratch memory a worker keeps per conversation.
  const workspace = new MathWorkspace();
  gc();

  let cpu = process.cpuUsage();
  t = clock();
  const cold = computeMath(input, { clock, workspace });
  const coldMs = clock() - t;
  const coldCpu = cpuSince(cpu);
  t = clock();
  const json = JSON.stringify(cold.result);
  const jsonMs = clock() - t;
  const memory = process.memoryUsage();

  // Warm updates as a long-lived worker runs them: +1 % votes, then compute from the previous state.
  let state = cold.state;
  const warmRuns: { ms: number; cpu: number; timings: Record<string, number>; result: typeof cold.result }[] = [];
  for (let u = 0; u < scale.warmUpdates; u++) {
    conv.addVotes(Math.round(votes / 100));
    gc();
    const cpu = process.cpuUsage();
    t = clock();
    const warm = computeMath(input, { clock, workspace }, state);
    warmRuns.push({ ms: clock() - t, cpu: cpuSince(cpu), timings: warm.result.timingsMs, result: warm.result });
    state = warm.state;
  }
  const peak = process.resourceUsage().maxRSS * 1024;
  const firstWarm = warmRuns[0]!;
  const later = warmRuns.slice(1).sort((a, b) => a.ms - b.ms);
  const medianWarm = later.length ? later[later.length >> 1]! : firstWarm;
  const latest = warmRuns[warmRuns.length - 1]!.result;

  const planted = new Map(conv.participantIds.map((id, i) => [id, conv.groupOf[i]!]));
  const members = latest.groups.flatMap((g) => g.members.map((m) => [m, g.id] as const));
  const ari = adjustedRandIndex(members.map(([, g]) => g), members.map(([m]) => planted.get(m)!));

  const targets = scale.targets;
  const load = loadavg()[0]!.toFixed(1);
  console.log(`\n${name}: ${scale.participants} participants × ${scale.statements} statements, ${votes} votes (generated in ${ms(generated)}; load average ${load} on ${availableParallelism()} cores; after a JIT warm-up on a small conversation)`);
  console.log(`  cold compute   ${ms(coldMs)}${verdict(coldMs, targets?.cold ?? null)}, CPU ${ms(coldCpu)}  [${stages(cold.result.timingsMs)}]`);
  console.log(`  warm +1 %      first ${ms(firstWarm.ms)}${verdict(firstWarm.ms, targets?.warm ?? null)}, CPU ${ms(firstWarm.cpu)}  [${stages(firstWarm.timings)}]`);
  if (later.length) console.log(`                 median of the next ${later.length}: ${ms(medianWarm.ms)}${verdict(medianWarm.ms, targets?.warm ?? null)}, CPU ${ms(medianWarm.cpu)}  [${stages(medianWarm.timings)}]`);
  console.log(`  peak RSS       ${mb(peak)}${verdict(peak / 2 ** 20, targets?.memoryMb ?? null)}   after cold: heap ${mb(memory.heapUsed)}, array buffers ${mb(memory.arrayBuffers)}, RSS ${mb(memory.rss)}`);
  console.log(`  result JSON    ${mb(json.length)} in ${ms(jsonMs)}; k = ${latest.k.shown}, PCA iterations cold ${cold.result.pca.iterations} / warm ${firstWarm.result.pca.iterations}, ARI vs planted ${ari.toFixed(3)}`);
}

function runOpenData(): void {
  const root = join(here, '..', 'test', 'fixtures', 'polis-open-data');
  console.log('\nPol.is open data (CC BY 4.0, The Computational Democracy Project): read + compute, cold');
  for (const name of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    let t = clock();
    const conv = readPolisExport(join(root, name));
    const input = toMathInput(conv);
    const readMs = clock() - t;
    t = clock();
    const { result } = computeMath(input, { clock, params: { polisParity: true } });
    const computeMs = clock() - t;
    console.log(`  ${name.padEnd(40)} ${String(result.votes).padStart(6)} votes  read ${ms(readMs).padStart(6)}  compute ${ms(computeMs).padStart(6)}  k = ${result.k.shown}`);
  }
}

const scaleArg = process.argv.indexOf('--scale');
if (scaleArg >= 0) {
  runScale(process.argv[scaleArg + 1] as ScaleName);
} else {
  for (const name of Object.keys(SCALES)) {
    const res = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--scale', name], { stdio: 'inherit' });
    if (res.status !== 0) process.exitCode = 1;
  }
  runOpenData();
}

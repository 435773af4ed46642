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
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adjustedRandIndex } from '../src/domain/math/ari.js';
import { computeMath, type MathInput } from '../src/domain/math/index.js';
import { readPolisExport, toMathInput } from '../src/infra/polis/index.js';
import { PlantedConversation } from '../test/math/synthetic.js';

const here = dirname(fileURLToPath(import.meta.url));
const SCALES = {
  '10k': { participants: 500, statements: 100, votesPerParticipant: 20, targets: null },
  '1M': { participants: 20_000, statements: 1_000, votesPerParticipant: 50, targets: { cold: 1_000, warm: 300, memoryMb: null } },
  '10M': { participants: 100_000, statements: 2_000, votesPerParticipant: 100, targets: { cold: 10_000, warm: null, memoryMb: 2_048 } },
} as const;
type ScaleName = keyof typeof SCALES;

const clock = () => performance.now();
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const ms = (t: number) => `${t.toFixed(0)} ms`;
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const verdict = (value: number, target: number | null) => (target === null ? '' : value <= target ? ` (target ≤ ${target}: ok)` : ` (target ≤ ${target}: MISSED)`);
const stages = (t: Record<string, number>) => Object.entries(t).filter(([k]) => k !== 'total').map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');

function runScale(name: ScaleName): void {
  const scale = SCALES[name];
  let t = clock();
  const conv = new PlantedConversation({ ...scale, groups: 3, seed: 2024 });
  const input: MathInput = { votes: conv.matrix, statements: conv.statementIds };
  const votes = conv.matrix.cellCount;
  const generated = clock() - t;
  gc();

  t = clock();
  const cold = computeMath(input, { clock });
  const coldMs = clock() - t;
  t = clock();
  const json = JSON.stringify(cold.result);
  const jsonMs = clock() - t;
  const memory = process.memoryUsage();

  conv.addVotes(Math.round(votes / 100));
  gc();
  t = clock();
  const warm = computeMath(input, { clock }, cold.state);
  const warmMs = clock() - t;
  const peak = process.resourceUsage().maxRSS * 1024;

  const planted = new Map(conv.participantIds.map((id, i) => [id, conv.groupOf[i]!]));
  const members = warm.result.groups.flatMap((g) => g.members.map((m) => [m, g.id] as const));
  const ari = adjustedRandIndex(members.map(([, g]) => g), members.map(([m]) => planted.get(m)!));

  const targets = scale.targets;
  console.log(`\n${name}: ${scale.participants} participants × ${scale.statements} statements, ${votes} votes (generated in ${ms(generated)})`);
  console.log(`  cold compute   ${ms(coldMs)}${verdict(coldMs, targets?.cold ?? null)}  [${stages(cold.result.timingsMs)}]`);
  console.log(`  warm +1 %      ${ms(warmMs)}${verdict(warmMs, targets?.warm ?? null)}  [${stages(warm.result.timingsMs)}]`);
  console.log(`  peak RSS       ${mb(peak)}${verdict(peak / 2 ** 20, targets?.memoryMb ?? null)}   after cold: heap ${mb(memory.heapUsed)}, array buffers ${mb(memory.arrayBuffers)}, RSS ${mb(memory.rss)}`);
  console.log(`  result JSON    ${mb(json.length)} in ${ms(jsonMs)}; k = ${warm.result.k.shown}, PCA iterations cold ${cold.result.pca.iterations} / warm ${warm.result.pca.iterations}, ARI vs planted ${ari.toFixed(3)}`);
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

/**
 * Our opinion groups against Pol.is's on six real conversations (Pol.is open data, The Computational
 * Democracy Project, CC BY 4.0). Pol.is itself is not deterministic (its clusters depend on the
 * history of updates), so agreement is measured by adjusted Rand index on the participants both
 * cluster, and expected to be high, not perfect. Pol.is parity is on: it reproduces Pol.is's
 * treatment of moderated-out statements; the default (off) is printed alongside for information.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../src/domain/math/ari.js';
import { computeMath } from '../../src/domain/math/index.js';
import { readPolisExport, toMathInput } from '../../src/infra/polis/index.js';
import { groupOf, POLIS_OPEN_DATA } from './helpers.js';

const CONVERSATIONS = [
  '15-per-hour-seattle', 'brexit-consensus', 'bg2050-volunteers', 'scoop-hivemind.biodiversity', 'vtaiwan.uberx',
  'austria-climate.5twd2jsnkf.2022-08-08',
];

function agreement(name: string, polisParity: boolean): { ari: number; both: number; k: number } {
  const conv = readPolisExport(join(POLIS_OPEN_DATA, name));
  const { result } = computeMath(toMathInput(conv), { params: { polisParity }, bridging: false });
  const ours = groupOf(result);
  const theirs = conv.groups!;
  const both = [...ours.keys()].filter((p) => theirs.has(p));
  return { ari: adjustedRandIndex(both.map((p) => ours.get(p)!), both.map((p) => theirs.get(p)!)), both: both.length, k: result.groups.length };
}

describe('Pol.is open data', () => {
  it('groups participants like Pol.is: median adjusted Rand index ≥ 0.9', () => {
    const aris: number[] = [];
    const lines = ['', 'Adjusted Rand index, our groups vs Pol.is group-id (Polis open data, CC BY 4.0):'];
    for (const name of CONVERSATIONS) {
      const parity = agreement(name, true);
      const plain = agreement(name, false);
      aris.push(parity.ari);
      lines.push(`  ${name.padEnd(40)} ARI ${parity.ari.toFixed(3)} (k = ${parity.k}, ${parity.both} participants); default scaling ${plain.ari.toFixed(3)}`);
      expect(parity.both).toBeGreaterThan(0);
    }
    const sorted = [...aris].sort((a, b) => a - b);
    const median = (sorted[2]! + sorted[3]!) / 2;
    lines.push(`  median ${median.toFixed(3)}`, '');
    process.stdout.write(lines.join('\n'));
    expect(median).toBeGreaterThanOrEqual(0.9);
  });
});

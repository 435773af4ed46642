/** `sopu math DIR`: the command prints a summary or one JSON object computed from a Pol.is export. */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mathCommand } from '../../src/cli/commands/math.js';
import { POLIS_MATH, POLIS_OPEN_DATA } from './helpers.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { out += String(chunk); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { err += String(chunk); return true; });
  const code = await mathCommand.run(args);
  vi.restoreAllMocks();
  return { code, out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('sopu math', () => {
  it('prints one JSON object with --json, with k forced by --k', async () => {
    const { code, out } = await run([join(POLIS_MATH, 'below-100-ptpts'), '--k', '3', '--json']);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1);
    const result = JSON.parse(out);
    expect(Object.keys(result)).toEqual(['participants', 'statements', 'votes', 'inConv', 'groups', 'consensus', 'groupInformedConsensus', 'timingsMs']);
    expect(result).toMatchObject({ participants: 35, statements: 44, votes: 504 });
    expect(result.inConv).toHaveLength(23);
    expect(result.groups).toHaveLength(3);
    expect(Object.keys(result.groups[0].repness[0])).toEqual(expect.arrayContaining(['statementId', 'direction', 'pa', 'pat', 'ra', 'rat']));
    expect(result.groups.flatMap((g: { members: string[] }) => g.members).sort()).toEqual([...result.inConv].sort());
    expect(result.consensus.agree[0]).toMatchObject({ statementId: '26' });
  });

  it('prints a short summary, with the agreement with the export’s Pol.is groups', async () => {
    const { code, out } = await run([join(POLIS_OPEN_DATA, 'brexit-consensus'), '--k=2', '--polis-parity']);
    expect(code).toBe(0);
    expect(out).toMatch(/^204 participants, 50 statements, 5303 votes; 191 clustered; 2 groups \(forced\)/);
    expect(out).toContain('Group 0:');
    expect(out).toContain('Consensus');
    expect(out).toMatch(/adjusted Rand index, 191 participants\): 0\.\d{3}/);
  });

  it('explains wrong arguments and missing data', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['a', 'b'])).code).toBe(2);
    const badK = await run([POLIS_OPEN_DATA, '--k', '1']);
    expect(badK.code).toBe(2);
    expect(badK.err).toContain('--k');
    expect((await run(['x', '--frobnicate'])).code).toBe(2);
    const missing = await run([join(POLIS_OPEN_DATA, 'nowhere')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('neither a Pol.is export');
  });
});

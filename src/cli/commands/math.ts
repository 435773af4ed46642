/**
 * `sopu math DIR`: runs the opinion math straight from a Pol.is export directory (or a Pol.is math
 * fixture directory), without a database, and prints a summary or one JSON object.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { adjustedRandIndex } from '../../domain/math/ari.js';
import { computeMath, type MathResult } from '../../domain/math/index.js';
import { readPolisExport, readPolisMathFixture, toMathInput, type PolisConversation } from '../../infra/polis/index.js';
import type { Command } from '../command.js';

const USAGE = `sopu math DIR [--k N] [--json] [--strict] [--polis-parity]

Computes opinion groups, representative statements and consensus from a Pol.is export directory
(comments.csv with votes.csv or participant-votes.csv) or a Pol.is math fixture directory (votes.json).

  --k N            use N opinion groups instead of choosing by silhouette
  --json           print one JSON object instead of a summary
  --strict         leave unmoderated statements out (Pol.is strict moderation)
  --polis-parity   reproduce Pol.is's handling of moderated-out statements (for comparisons)`;

interface Parsed {
  dir: string;
  k?: number;
  json: boolean;
  strict?: boolean;
  parity: boolean;
}

function parse(args: string[]): Parsed | string {
  const positional: string[] = [];
  const out: Omit<Parsed, 'dir'> = { json: false, parity: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') out.json = true;
    else if (a === '--strict') out.strict = true;
    else if (a === '--polis-parity') out.parity = true;
    else if (a === '--k' || a.startsWith('--k=')) {
      const raw = a === '--k' ? args[++i] : a.slice(4);
      const k = Number(raw);
      if (!Number.isInteger(k) || k < 2) return `--k needs a whole number of groups, at least 2 (got ${raw ?? 'nothing'})`;
      out.k = k;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else positional.push(a);
  }
  if (positional.length !== 1) return 'give exactly one directory';
  return { dir: positional[0]!, ...out };
}

function load(dir: string): PolisConversation {
  if (existsSync(join(dir, 'comments.csv'))) return readPolisExport(dir);
  if (existsSync(join(dir, 'votes.json'))) return readPolisMathFixture(dir).conversation;
  throw new Error(`${dir} holds neither a Pol.is export (comments.csv) nor a math fixture (votes.json)`);
}

function jsonSummary(r: MathResult) {
  return {
    participants: r.participants,
    statements: r.statements,
    votes: r.votes,
    inConv: r.inConv,
    groups: r.groups.map((g) => ({
      id: g.id,
      members: g.members,
      repness: g.repness.map((e) => ({
        statementId: e.statementId, direction: e.direction, pa: e.pa, pat: e.pat, ra: e.ra, rat: e.rat,
        pd: e.pd, pdt: e.pdt, rd: e.rd, rdt: e.rdt, bestAgree: e.bestAgree,
      })),
    })),
    consensus: r.consensus,
    groupInformedConsensus: r.groupInformedConsensus,
    timingsMs: r.timingsMs,
  };
}

function textSummary(r: MathResult, conv: PolisConversation): string {
  const text = new Map(conv.statements.map((s) => [s.id, s.text]));
  const short = (id: string) => {
    const t = (text.get(id) ?? '').replace(/\s+/g, ' ');
    return `#${id} ${t.length > 70 ? `${t.slice(0, 69)}…` : t}`;
  };
  const pct = (p: number) => `${Math.round(p * 100)} %`;
  const lines = [
    `${r.participants} participants, ${r.statements} statements, ${r.votes} votes; ${r.inConv.length} clustered; ${r.groups.length} groups` +
      (r.k.forced ? ' (forced)' : '') + ` in ${r.timingsMs.total?.toFixed(0) ?? '?'} ms`,
  ];
  for (const g of r.groups) {
    lines.push('', `Group ${g.id}: ${g.members.length} participants`);
    for (const e of g.repness) {
      const p = e.direction === 'agree' ? e.pa : e.pd;
      lines.push(`  ${e.direction === 'agree' ? '+' : '−'} ${pct(p)} ${e.direction}  ${short(e.statementId)}`);
    }
  }
  lines.push('', 'Consensus');
  for (const c of r.consensus.agree) lines.push(`  + ${pct(c.p)} agree  ${short(c.statementId)}`);
  for (const c of r.consensus.disagree) lines.push(`  − ${pct(c.p)} disagree  ${short(c.statementId)}`);
  if (conv.groups && conv.groups.size > 0) {
    const ours = new Map(r.groups.flatMap((g) => g.members.map((m) => [m, g.id] as const)));
    const both = [...ours.keys()].filter((p) => conv.groups!.has(p));
    if (both.length > 1) {
      const ari = adjustedRandIndex(both.map((p) => ours.get(p)!), both.map((p) => conv.groups!.get(p)!));
      lines.push('', `Agreement with the export's Pol.is groups (adjusted Rand index, ${both.length} participants): ${ari.toFixed(3)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export const mathCommand: Command = {
  name: 'math',
  summary: 'Compute opinion groups and consensus from a Pol.is export directory (no database)',
  usage: USAGE,
  async run(args) {
    const parsed = parse(args);
    if (typeof parsed === 'string') {
      process.stderr.write(`sopu math: ${parsed}\n\n${USAGE}\n`);
      return 2;
    }
    let conv: PolisConversation;
    try {
      conv = load(parsed.dir);
    } catch (err) {
      process.stderr.write(`sopu math: ${(err as Error).message}\n`);
      return 1;
    }
    const { result } = computeMath(toMathInput(conv, { strict: parsed.strict }), {
      forceK: parsed.k, params: { polisParity: parsed.parity }, clock: () => performance.now(),
    });
    process.stdout.write(parsed.json ? `${JSON.stringify(jsonSummary(result))}\n` : textSummary(result, conv));
    return 0;
  },
};

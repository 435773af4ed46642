import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isLang, type Lang } from '../languages.js';
import { TfIdfSimilarityIndex } from '../similarity/index.js';
import type { Flag, PrescreenRule } from './flag.js';
import { prescreen, screenText } from './prescreen.js';
import { conversationTopic } from './topic.js';

interface Labelled {
  readonly id: string;
  readonly lang: Lang;
  readonly text: string;
  readonly rules: readonly PrescreenRule[];
  readonly duplicateOf?: string;
}
interface Fixture {
  readonly conversation: {
    readonly texts: ReadonlyArray<{ lang: Lang; text: string }>;
    readonly published: ReadonlyArray<{ id: string; lang: Lang; text: string; translations?: Partial<Record<Lang, string>> }>;
  };
  readonly statements: readonly Labelled[];
}

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures');
const RULES: readonly PrescreenRule[] = ['names_person', 'offensive', 'off_topic', 'duplicate'];
/** The bars: share of breaking statements flagged (at least), share of others flagged (at most). */
const BARS: Partial<Record<PrescreenRule, Figures>> = {
  names_person: { recall: 0.9, falseRate: 0.05 },
  offensive: { recall: 0.8, falseRate: 0.05 },
};

function load(): Fixture {
  const fixture = JSON.parse(readFileSync(join(FIXTURES, 'prescreen/statements.json'), 'utf8')) as Fixture;
  const ids = new Set<string>();
  for (const s of fixture.statements) {
    if (!isLang(s.lang) || ids.has(s.id) || !s.rules.every((r) => RULES.includes(r))) throw new Error(`bad statement ${s.id}`);
    if (s.rules.includes('duplicate') !== (s.duplicateOf !== undefined)) throw new Error(`duplicate without its statement: ${s.id}`);
    ids.add(s.id);
  }
  return fixture;
}

const percent = (n: number, d: number) => `${d === 0 ? '–' : ((100 * n) / d).toFixed(1)} %`;

interface Figures {
  readonly recall: number;
  readonly falseRate: number;
}

async function evaluate(title: string, statements: readonly Labelled[], fixture: Fixture): Promise<Map<PrescreenRule, Figures>> {
  const similarity = new TfIdfSimilarityIndex();
  for (const p of fixture.conversation.published) {
    const translations = Object.entries(p.translations ?? {}).map(([lang, text]) => ({ lang: lang as Lang, text: text! }));
    similarity.upsertStatement(p.id, 'published', [{ lang: p.lang, text: p.text }, ...translations]);
  }
  const conversation = conversationTopic(fixture.conversation.texts);
  const results: Array<{ statement: Labelled; flags: Flag[] }> = [];
  const started = performance.now();
  for (const statement of statements) {
    results.push({ statement, flags: await prescreen(statement.text, statement.lang, { conversation, similarity }) });
  }
  const msPerStatement = (performance.now() - started) / statements.length;

  const langs = (['fi', 'sv', 'en'] as const).map((l) => `${l} ${statements.filter((s) => s.lang === l).length}`).join(', ');
  const clean = results.filter((r) => r.statement.rules.length === 0);
  const lines = [`Pre-screen, ${title}: ${statements.length} statements (${langs}), ${clean.length} break no rule`];
  const figures = new Map<PrescreenRule, Figures>();
  for (const rule of RULES) {
    const breaking = results.filter((r) => r.statement.rules.includes(rule));
    if (breaking.length === 0) continue;
    const others = results.filter((r) => !r.statement.rules.includes(rule));
    const flagged = (r: { flags: Flag[] }) => r.flags.some((f) => f.rule === rule);
    const hit = breaking.filter(flagged).length;
    const wrong = others.filter(flagged).length;
    const wrongClean = clean.filter(flagged).length;
    figures.set(rule, { recall: hit / breaking.length, falseRate: wrong / others.length });
    lines.push(
      `  ${rule.padEnd(12)} breaking flagged ${hit}/${breaking.length} (${percent(hit, breaking.length)}); ` +
        `wrongly flagged ${wrong}/${others.length} not breaking it (${percent(wrong, others.length)}), ` +
        `${wrongClean}/${clean.length} clean (${percent(wrongClean, clean.length)})`,
    );
  }
  const duplicates = results.filter((r) => r.statement.duplicateOf);
  if (duplicates.length > 0) {
    const linked = duplicates.filter((r) => r.flags.some((f) => f.rule === 'duplicate' && f.statementId === r.statement.duplicateOf)).length;
    lines.push(`  duplicates pointing at the right statement: ${linked}/${duplicates.length}`);
  }
  lines.push(`  ${msPerStatement.toFixed(2)} ms per statement (all checks, in this test run)`);
  const missed = results.filter((r) => r.statement.rules.some((rule) => BARS[rule] && !r.flags.some((f) => f.rule === rule)));
  const wrong = results.filter((r) => r.flags.some((f) => BARS[f.rule] && !r.statement.rules.includes(f.rule)));
  lines.push(`  missed under rules 1–2: ${missed.map((r) => r.statement.id).join(', ') || 'none'}`);
  lines.push(`  wrongly flagged under rules 1–2: ${wrong.map((r) => r.statement.id).join(', ') || 'none'}`);
  console.log(lines.join('\n'));
  return figures;
}

describe('pre-screen on the labelled set', () => {
  it('flags the statements that break each rule and few of the others', async () => {
    const fixture = load();
    const figures = await evaluate('labelled set', fixture.statements, fixture);
    for (const [rule, bar] of Object.entries(BARS) as Array<[PrescreenRule, Figures]>) {
      expect(figures.get(rule)!.recall, `${rule} recall`).toBeGreaterThanOrEqual(bar.recall);
      expect(figures.get(rule)!.falseRate, `${rule} false flags`).toBeLessThanOrEqual(bar.falseRate);
    }
  });

  it('prints the figures on the held-out statements, written after the word lists', async () => {
    // Printed, not asserted: a held-out set that tests were made to pass would no longer be held out.
    const { statements } = JSON.parse(readFileSync(join(FIXTURES, 'prescreen/heldout.json'), 'utf8')) as { statements: Labelled[] };
    const figures = await evaluate('held-out set', statements, load());
    expect(figures.size).toBeGreaterThan(0);
  });

  it('seldom flags rules 1 and 2 in city statements written for another purpose', () => {
    // The similarity fixtures were written by others for duplicate detection: all are statements a
    // moderator would publish, none was seen when the word lists were made.
    const texts = new Map<string, Lang>();
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object') {
        const { text, lang } = node as { text?: unknown; lang?: unknown };
        if (typeof text === 'string' && isLang(lang)) texts.set(text, lang);
        Object.values(node).forEach(collect);
      }
    };
    for (const file of ['pairs.json', 'heldout-pairs.json']) collect(JSON.parse(readFileSync(join(FIXTURES, 'similarity', file), 'utf8')));
    const flagged = [...texts].filter(([text, lang]) => screenText(text, lang).length > 0);
    console.log(
      `Pre-screen, similarity fixtures: rules 1–2 flag ${flagged.length}/${texts.size} clean statements (${percent(flagged.length, texts.size)})` +
        flagged.map(([text]) => `\n  ${text}`).join(''),
    );
    expect(flagged.length / texts.size).toBeLessThanOrEqual(0.02);
  });
});

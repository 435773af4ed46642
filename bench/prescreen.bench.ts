/**
 * Pre-screening speed: every statement of the labelled set, all checks (rules 1–3 with the
 * similarity index of the conversation's published statements), many rounds; prints the median
 * and p95 time per statement.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { conversationTopic, prescreen } from '../src/domain/prescreen/index.js';
import type { Lang, StatementText } from '../src/domain/similarity/port.js';
import { TfIdfSimilarityIndex } from '../src/domain/similarity/tfidf-index.js';

interface Fixture {
  conversation: { texts: StatementText[]; published: { id: string; lang: Lang; text: string; translations?: Partial<Record<Lang, string>> }[] };
  statements: { id: string; lang: Lang; text: string }[];
}

const here = dirname(fileURLToPath(import.meta.url));
const fixture = JSON.parse(readFileSync(join(here, '../test/fixtures/prescreen/statements.json'), 'utf8')) as Fixture;
const index = new TfIdfSimilarityIndex();
for (const s of fixture.conversation.published) {
  const translations = Object.entries(s.translations ?? {}).map(([lang, text]) => ({ lang: lang as Lang, text: text! }));
  index.upsertStatement(s.id, 'published', [{ lang: s.lang, text: s.text }, ...translations]);
}
const topic = conversationTopic(fixture.conversation.texts);

const times: number[] = [];
for (let round = 0; round < 20; round++) {
  for (const s of fixture.statements) {
    const start = performance.now();
    await prescreen(s.text, s.lang, { conversation: topic, similarity: index });
    if (round > 1) times.push(performance.now() - start);
  }
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
const ok = (v: number) => (v < 2 ? 'ok' : 'MISSED');
process.stdout.write(
  `pre-screen, ${fixture.statements.length} labelled statements × 18 rounds: median ${at(0.5).toFixed(3)} ms (target < 2 ms: ${ok(at(0.5))}), ` +
    `p95 ${at(0.95).toFixed(3)} ms (target < 2 ms: ${ok(at(0.95))}), max ${at(1).toFixed(3)} ms\n`,
);

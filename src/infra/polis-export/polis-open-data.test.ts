import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConversationExport } from '../../app/export/conversation-export.js';
import { appHarness } from '../../../test/support/app.js';
import { readParticipantMatrix, readPolisExport } from '../polis/index.js';
import type { PolisConversation } from '../polis/types.js';
import { importPolisConversation } from '../polis-import/import-polis.js';
import { exportFiles, writeExportDir } from './index.js';

const OPEN_DATA = join(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/polis-open-data');
const CONVERSATIONS = ['15-per-hour-seattle', 'brexit-consensus', 'bg2050-volunteers', 'scoop-hivemind.biodiversity', 'vtaiwan.uberx', 'austria-climate.5twd2jsnkf.2022-08-08'];

/**
 * The export numbers Pol.is participants in the order of their first vote, then authors who never
 * voted in the order of their first comment; the same numbering of the original lets the two be
 * compared one to one.
 */
function participantNumbers(polis: PolisConversation, known: Set<string>): Map<string, string> {
  const numbers = new Map<string, string>();
  for (const v of polis.votes) if (known.has(v.statementId) && !numbers.has(v.participantId)) numbers.set(v.participantId, String(numbers.size));
  for (const s of polis.statements) if (s.authorId !== null && !numbers.has(s.authorId)) numbers.set(s.authorId, String(numbers.size));
  return numbers;
}

const summaryKeys = (text: string) => (parse(text, { relax_column_count: true }) as string[][]).map((r) => r[0]!);

function latestVotes(votes: { participantId: string; statementId: string; value: number }[]): Map<string, number> {
  const latest = new Map<string, number>();
  for (const v of votes) latest.set(`${v.participantId}/${v.statementId}`, v.value);
  return latest;
}

describe('importing real Pol.is conversations and exporting them again', () => {
  let h: Awaited<ReturnType<typeof appHarness>>;
  let dir: string;
  beforeEach(async () => {
    h = await appHarness();
    dir = mkdtempSync(join(tmpdir(), 'sopu-export-'));
  });
  afterEach(async () => {
    rmSync(dir, { recursive: true, force: true });
    await h.cleanup();
  });

  it.each(CONVERSATIONS)('%s: the same statements, moderation, participants, vote events and latest votes', async (name) => {
    const original = readPolisExport(join(OPEN_DATA, name));
    // Strict, so that statements never moderated stay so (pending) rather than becoming accepted.
    const { conversation } = await importPolisConversation(h.deps, original, { slug: 'tuotu', lang: 'en', title: name, strict: true });
    const exp = await ConversationExport.prepare(h.deps, conversation, { full: true });
    await writeExportDir(dir, exportFiles(exp, { url: null }), { zip: false, mtime: 0 });
    const again = readPolisExport(dir);

    // Pol.is comment ids are in creation order, as Sopu numbers statements.
    const plain = (p: PolisConversation, author: (id: string | null) => string | null) =>
      p.statements.map((s) => ({ id: s.id, text: s.text, moderation: s.moderation, isMeta: s.isMeta, isSeed: s.isSeed, createdAt: s.createdAt, author: author(s.authorId) }));
    const known = new Set(original.statements.map((s) => s.id));
    const number = participantNumbers(original, known);
    expect(plain(again, (a) => a)).toEqual(plain(original, (a) => (a === null ? null : number.get(a)!)));

    const votes = original.votes.filter((v) => known.has(v.statementId)).map((v) => ({ ...v, participantId: number.get(v.participantId)! }));
    expect(again.votes).toEqual(votes);

    const matrix = readParticipantMatrix(join(dir, 'participant-votes.csv'));
    expect(matrix.participants).toEqual([...number.values()]);
    expect(latestVotes(matrix.votes)).toEqual(latestVotes(votes));
    const summary = readFileSync(join(dir, 'summary.csv'), 'utf8');
    expect(summary).toContain(`voters,${new Set(votes.map((v) => v.participantId)).size}\r\n`);
    expect(summary).toContain(`views,${number.size}\r\n`);
    // Pol.is's rows of this conversation's own summary.csv, exactly and in order, come first.
    const polisKeys = summaryKeys(readFileSync(join(OPEN_DATA, name, 'summary.csv'), 'utf8'));
    expect(summaryKeys(summary).slice(0, polisKeys.length)).toEqual(polisKeys);
  });
});

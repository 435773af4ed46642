import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConversationExport } from '../../app/export/conversation-export.js';
import { appHarness } from '../../../test/support/app.js';
import { seedExportConversation, TRICKY_TEXT } from '../../../test/support/export-fixture.js';
import { readParticipantMatrix, readPolisExport } from '../polis/index.js';
import { exportFiles, writeExportDir } from './index.js';

const POLIS_COMMENTS = 'timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body';
const OPEN_DATA = join(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/polis-open-data');

/** The row names of a summary.csv, in order. */
const summaryKeys = (text: string) => (parse(text, { relax_column_count: true }) as string[][]).map((r) => r[0]!);

/** The rows of Pol.is's own summary.csv, the same in every conversation of the open data. */
function polisSummaryKeys(): string[] {
  const names = readdirSync(OPEN_DATA, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const lists = names.map((name) => summaryKeys(readFileSync(join(OPEN_DATA, name, 'summary.csv'), 'utf8')));
  expect(names.length).toBeGreaterThan(0);
  for (const keys of lists) expect(keys).toEqual(lists[0]);
  return lists[0]!;
}

describe('exporting a conversation in the Pol.is format and reading it back', () => {
  let h: Awaited<ReturnType<typeof appHarness>>;
  let seeded: Awaited<ReturnType<typeof seedExportConversation>>;
  let dir: string;
  beforeEach(async () => {
    h = await appHarness();
    seeded = await seedExportConversation(h.db.store, h.conversation.id);
    dir = mkdtempSync(join(tmpdir(), 'sopu-export-'));
  });
  afterEach(async () => {
    rmSync(dir, { recursive: true, force: true });
    await h.cleanup();
  });

  async function exportTo(full: boolean) {
    const exp = await ConversationExport.prepare(h.deps, h.conversation, { full });
    return writeExportDir(dir, exportFiles(exp, { url: 'https://sopu.example/fi/c/testi' }), { zip: true, mtime: exp.exportedAt });
  }
  const file = (name: string) => readFileSync(join(dir, name), 'utf8');
  const records = (name: string) => parse(file(name), { columns: true }) as Record<string, string>[];

  it('gives back the same statements, vote events and latest vote matrix through the Pol.is reader', async () => {
    expect(await exportTo(true)).toEqual(['summary.csv', 'participant-votes.csv', 'comments.csv', 'comment-groups.csv', 'votes.csv', 'math.json', 'export.zip']);
    const polis = readPolisExport(dir);
    const { p1, p2, p3, p4 } = seeded.participants;
    const number = new Map([[p2, '0'], [p1, '1'], [p4, '2'], [p3, '3']]);
    const statementNumber = new Map(seeded.statements.map((s, i) => [s.id, String(i)]));

    expect(polis.statements.map((s) => [s.id, s.text, s.moderation, s.isSeed, s.isMeta, s.authorId])).toEqual([
      ['0', 'Kaupungin pitää kuunnella asukkaita', 'accepted', true, false, null],
      ['1', TRICKY_TEXT, 'accepted', false, false, '1'],
      ['2', 'Matti Meikäläinen on syyllinen', 'rejected', false, false, '0'],
      ['3', 'Asun Helsingissä', 'accepted', false, true, null],
      ['4', 'Odottaa moderointia', 'unmoderated', false, false, '3'],
    ]);
    expect(polis.statements.map((s) => s.createdAt)).toEqual(seeded.statements.map((s) => s.createdAt));

    expect(polis.votes).toEqual(
      seeded.events.map(([p, s, value], i) => ({ participantId: number.get(p), statementId: statementNumber.get(s), value, timestamp: seeded.firstVoteAt + i * 1000 })),
    );
    const latest = new Map<string, number>();
    for (const v of polis.votes) latest.set(`${v.participantId}/${v.statementId}`, v.value);
    const matrix = readParticipantMatrix(join(dir, 'participant-votes.csv'));
    expect(new Map(matrix.votes.map((v) => [`${v.participantId}/${v.statementId}`, v.value]))).toEqual(latest);
    expect(matrix.participants).toEqual(['0', '1', '2', '3']);
    expect(Object.fromEntries(matrix.groups)).toEqual({ '0': '0', '1': '1', '2': '1' });
  });

  it('writes Pol.is\'s headers first, Sopu\'s extra columns after them, and quotes per RFC 4180', async () => {
    await exportTo(true);
    expect(file('comments.csv').split('\r\n')[0]!.startsWith(`${POLIS_COMMENTS},`)).toBe(true);
    expect(file('votes.csv').split('\r\n')[0]).toBe('timestamp,datetime,comment-id,voter-id,vote');
    expect(file('participant-votes.csv').split('\r\n')[0]).toBe('participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1,2,3,4');
    expect(file('comment-groups.csv').split('\r\n')[0]).toBe(
      'comment-id,comment,total-votes,total-agrees,total-disagrees,total-passes,' +
        'group-a-votes,group-a-agrees,group-a-disagrees,group-a-passes,group-b-votes,group-b-agrees,group-b-disagrees,group-b-passes',
    );
    expect(file('comments.csv')).toContain('"Lisää ""turvallisia"" pyöräteitä, myös talvella\nja yöllä"');

    const comments = records('comments.csv');
    expect(comments.map((c) => [c.agrees, c.disagrees, c.passes])).toEqual([['1', '1', '1'], ['1', '1', '0'], ['1', '0', '0'], ['1', '0', '0'], ['0', '0', '0']]);
    expect(comments[0]).toMatchObject({
      'original-language': 'fi', 'translation-sv': 'Staden ska lyssna på invånarna', 'translation-en': 'The city must listen to residents',
      'translation-fi': '', 'is-seed': 'true', status: 'published', 'sopu-statement-id': seeded.statements[0]!.id,
    });
    expect(comments[2]).toMatchObject({ moderated: '-1', status: 'rejected', 'rejection-reason': 'names_person', 'rejection-note': 'Nimeää henkilön' });
    expect(comments[4]).toMatchObject({ moderated: '0', status: 'pending' });

    const rows = records('participant-votes.csv');
    expect(rows.map((r) => [r.participant, r['group-id'], r['n-comments'], r['n-votes'], r['n-agree'], r['n-disagree']])).toEqual([
      ['0', '0', '1', '2', '1', '1'], ['1', '1', '1', '3', '2', '1'], ['2', '1', '0', '2', '1', '0'], ['3', '', '1', '0', '0', '0'],
    ]);

    const groups = records('comment-groups.csv');
    // Statement 0: group a (participant 0) agrees; group b (1 and 2) disagrees once and passes once.
    expect(groups[0]).toMatchObject({
      'total-votes': '3', 'total-agrees': '1', 'total-disagrees': '1', 'total-passes': '1',
      'group-a-votes': '1', 'group-a-agrees': '1', 'group-b-votes': '2', 'group-b-disagrees': '1', 'group-b-passes': '1',
    });

    // Exactly Pol.is's rows, in its order, before Sopu's own; none of Pol.is's names comes again.
    const polisKeys = polisSummaryKeys();
    const keys = summaryKeys(file('summary.csv'));
    expect(keys.slice(0, polisKeys.length)).toEqual(polisKeys);
    expect(keys.slice(polisKeys.length).filter((k) => polisKeys.includes(k))).toEqual([]);
    const summary = new Map((parse(file('summary.csv')) as string[][]).map(([k, v]) => [k, v]));
    expect(Object.fromEntries([...summary].slice(0, 8))).toEqual({
      topic: 'Testi', url: 'https://sopu.example/fi/c/testi', views: '4', voters: '3', 'voters-in-conv': '3', commenters: '3', comments: '5', groups: '2',
    });
    expect(summary.get('format')).toBe('polis-export/1');
  });

  it('names participants in math.json by their export numbers', async () => {
    await exportTo(true);
    const math = JSON.parse(file('math.json'));
    expect(math).toMatchObject({ format: 'sopu-math/1', conversation: 'testi', version: 1 });
    expect(math.result.participantIds).toEqual([1, 0, 2]);
    expect(math.result.inConv).toEqual([0, 1, 2]);
    expect(math.result.groups).toEqual([{ id: 0, members: [0] }, { id: 1, members: [1, 2] }]);
    expect(file('math.json')).not.toContain(seeded.participants.p1);
  });

  it('puts the same files into export.zip', async () => {
    const written = await exportTo(true);
    const zip = unzipSync(readFileSync(join(dir, 'export.zip')));
    expect(Object.keys(zip)).toEqual(written.filter((n) => n !== 'export.zip'));
    for (const [name, data] of Object.entries(zip)) expect(strFromU8(data), name).toBe(file(name));
  });

  it('leaves out, for the public, the texts of statements never published and the moderators\' notes', async () => {
    await exportTo(false);
    const comments = records('comments.csv');
    expect(comments.map((c) => c['comment-body'])).toEqual(['Kaupungin pitää kuunnella asukkaita', TRICKY_TEXT, '', 'Asun Helsingissä', '']);
    expect(comments[2]).toMatchObject({ 'rejection-reason': 'names_person', 'rejection-note': '', moderated: '-1' });
    expect(file('comment-groups.csv')).not.toContain('Meikäläinen');
    const zipped = Object.values(unzipSync(readFileSync(join(dir, 'export.zip')))).map((d) => strFromU8(d)).join('');
    expect(zipped).not.toContain('Meikäläinen');
    expect(zipped).not.toContain('Nimeää');
    expect(zipped).not.toContain('Odottaa');
  });

  it('leaves out votes cast after the export began', async () => {
    const exp = await ConversationExport.prepare(h.deps, h.conversation, { full: true });
    const { p3 } = seeded.participants;
    await h.db.store.votes.record({ conversationId: h.conversation.id, participantId: p3, statementId: seeded.statements[0]!.id, value: 1, requestId: null, createdAt: seeded.firstVoteAt + 60_000 });
    await writeExportDir(dir, exportFiles(exp, { url: null }), { zip: false, mtime: exp.exportedAt });
    expect(readPolisExport(dir).votes).toHaveLength(seeded.events.length);
    expect(records('participant-votes.csv')[3]!['n-votes']).toBe('0');
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareIds, readPolisExport } from './read-export.js';

const dirs: string[] = [];
function exportDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sopu-polis-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

const OLD_COMMENTS = `timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body
1500,Mon,10,3,1,0,-1,"Rejected, with a comma"
1400,Mon,2,0,5,1,1,"Two lines
of text"
1450,Mon,9,1,0,0,0,Pending
`;
const NEW_COMMENTS = `timestamp,comment-id,author-id,agrees,disagrees,moderated,is-meta,is-seed,group-informed-consensus,comment-body
1726860676783,0,0,57,0,1,false,true,0.68,A seed
1726860685220,1,4,56,1,1,true,false,0.49,A meta question
`;
const VOTES = `timestamp,datetime,comment-id,voter-id,vote
100,x,2,7,1
101,x,9,7,-1
102,x,2,7,0
103,x,10,8,1
`;
const MATRIX = `participant,group-id,n-comments,n-votes,n-agree,n-disagree,2,9,10
7,0,0,2,0,1,0,-1,
8,,0,1,1,0,,,1
6,1,0,1,1,0,1,,
`;

describe('reading a Pol.is export', () => {
  it('reads the older comments.csv and the vote events of votes.csv', () => {
    const conv = readPolisExport(exportDir({ 'comments.csv': OLD_COMMENTS, 'votes.csv': VOTES, 'participants-votes.csv': MATRIX }));
    expect(conv.statements.map((s) => [s.id, s.moderation, s.isMeta, s.isSeed, s.authorId])).toEqual([
      ['2', 'accepted', false, false, '0'], ['9', 'unmoderated', false, false, '1'], ['10', 'rejected', false, false, '3'],
    ]);
    expect(conv.statements[0]!.text).toBe('Two lines\nof text');
    expect(conv.statements[2]!.text).toBe('Rejected, with a comma');
    expect(conv.votes).toEqual([
      { participantId: '7', statementId: '2', value: 1, timestamp: 100 },
      { participantId: '7', statementId: '9', value: -1, timestamp: 101 },
      { participantId: '7', statementId: '2', value: 0, timestamp: 102 },
      { participantId: '8', statementId: '10', value: 1, timestamp: 103 },
    ]);
    expect(conv.participants).toBeNull();
    expect(Object.fromEntries(conv.groups!)).toEqual({ '7': '0', '6': '1' });
  });

  it('reads the newer comments.csv with meta and seed flags', () => {
    const conv = readPolisExport(exportDir({ 'comments.csv': NEW_COMMENTS, 'votes.csv': VOTES }));
    expect(conv.statements.map((s) => [s.id, s.isMeta, s.isSeed, s.createdAt])).toEqual([['0', false, true, 1726860676783], ['1', true, false, 1726860685220]]);
    expect(conv.groups).toBeNull();
  });

  it('takes the votes from participant-votes.csv when there is no votes.csv', () => {
    for (const name of ['participant-votes.csv', 'participants-votes.csv']) {
      const conv = readPolisExport(exportDir({ 'comments.csv': OLD_COMMENTS, [name]: MATRIX }));
      expect(conv.participants).toEqual(['7', '8', '6']);
      expect(conv.votes).toEqual([
        { participantId: '7', statementId: '2', value: 0, timestamp: null },
        { participantId: '7', statementId: '9', value: -1, timestamp: null },
        { participantId: '8', statementId: '10', value: 1, timestamp: null },
        { participantId: '6', statementId: '2', value: 1, timestamp: null },
      ]);
    }
  });

  it('reads the matrix with an xid column', () => {
    const withXid = `participant,xid,group-id,n-comments,n-votes,n-agree,n-disagree,2\n5,abc,1,0,1,1,0,1\n`;
    const conv = readPolisExport(exportDir({ 'comments.csv': OLD_COMMENTS, 'participant-votes.csv': withXid }));
    expect(conv.votes).toEqual([{ participantId: '5', statementId: '2', value: 1, timestamp: null }]);
    expect(Object.fromEntries(conv.groups!)).toEqual({ '5': '1' });
  });

  it('refuses a directory without comments or votes, and values that are not votes', () => {
    expect(() => readPolisExport(exportDir({}))).toThrow(/comments\.csv/);
    expect(() => readPolisExport(exportDir({ 'comments.csv': OLD_COMMENTS }))).toThrow(/votes/);
    expect(() => readPolisExport(exportDir({ 'comments.csv': OLD_COMMENTS, 'votes.csv': 'timestamp,comment-id,voter-id,vote\n1,2,3,5\n' }))).toThrow(/vote value/);
  });

  it('orders numeric ids numerically', () => {
    expect(['10', '9', '2'].sort(compareIds)).toEqual(['2', '9', '10']);
    expect(['b', 'a'].sort(compareIds)).toEqual(['a', 'b']);
  });
});

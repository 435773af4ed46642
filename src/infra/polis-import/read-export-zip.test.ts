import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readPolisExport } from '../polis/index.js';
import { readPolisExportZip, unpackPolisZip } from './read-export-zip.js';

const SEATTLE = join(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/polis-open-data/15-per-hour-seattle');
const file = (name: string) => new Uint8Array(readFileSync(join(SEATTLE, name)));

describe('reading an uploaded Pol.is export zip', () => {
  it('reads the files at the top of the archive or in one folder, as the directory reader does', async () => {
    const fromDir = readPolisExport(SEATTLE);
    for (const prefix of ['', 'seattle/']) {
      const zip = zipSync({ [`${prefix}comments.csv`]: file('comments.csv'), [`${prefix}votes.csv`]: file('votes.csv'), [`${prefix}summary.csv`]: file('summary.csv') });
      const { polis, summary } = await readPolisExportZip(zip);
      expect(polis.statements).toEqual(fromDir.statements);
      expect(polis.votes).toEqual(fromDir.votes);
      expect(summary.get('topic')).toBe('$15/hour');
    }
  });

  it('ignores other files and deeper paths, and refuses two files of one name', () => {
    const zip = zipSync({ 'comments.csv': strToU8('x'), 'notes.txt': strToU8('y'), 'a/b/votes.csv': strToU8('z'), '../votes.csv': strToU8('w') });
    expect([...unpackPolisZip(zip).keys()]).toEqual(['comments.csv']);
    expect(() => unpackPolisZip(zipSync({ 'a/comments.csv': strToU8('x'), 'b/comments.csv': strToU8('y') }))).toThrow(/more than one/);
  });

  it('refuses what is not a zip, and an archive that declares more than the unpacked limit', () => {
    expect(() => unpackPolisZip(strToU8('comment-id\n1\n'))).toThrow(expect.objectContaining({ code: 'invalid_polis_export' }));
    const zip = zipSync({ 'comments.csv': strToU8('timestamp,comment-id\n') });
    // The central directory's "uncompressed size" field, 24 bytes into its entry.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let entry = zip.length - 22;
    while (view.getUint32(entry, true) !== 0x02014b50) entry--;
    view.setUint32(entry + 24, 0xfffffff0, true);
    expect(() => unpackPolisZip(zip)).toThrow(expect.objectContaining({ code: 'payload_too_large' }));
  });
});

import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvField, csvRow } from './csv.js';
import { zipExport } from './zip-export.js';

describe('CSV fields', () => {
  it('quotes only fields with commas, quotes or line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('sanoi "ei"')).toBe('"sanoi ""ei"""');
    expect(csvField('rivi\nrivi')).toBe('"rivi\nrivi"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect([csvField(null), csvField(undefined), csvField(-1), csvField(true)]).toEqual(['', '', '-1', 'true']);
  });

  it('writes rows a CSV reader gives back unchanged', () => {
    const values = ['å, ä ja ö', '"', '\n', '', 'emoji 🙂', ' space '];
    expect(parse(csvRow(values))).toEqual([values]);
  });
});

describe('the export zip', () => {
  it('deflates files of many pieces while they are produced, and keeps them in order', async () => {
    const row = 'x'.repeat(999) + '\n';
    async function* big() {
      for (let i = 0; i < 600; i++) yield row; // 600 kB: more than one piece for the compressor
    }
    async function* small() {
      yield 'a,b\r\n';
    }
    const parts: Uint8Array[] = [];
    for await (const part of zipExport([{ name: 'big.csv', contentType: '', chunks: big }, { name: 'small.csv', contentType: '', chunks: small }], Date.UTC(2026, 0, 19))) {
      parts.push(part);
    }
    expect(parts.length).toBeGreaterThan(2);
    const files = unzipSync(Buffer.concat(parts));
    expect(Object.keys(files)).toEqual(['big.csv', 'small.csv']);
    expect(strFromU8(files['big.csv']!)).toBe(row.repeat(600));
    expect(strFromU8(files['small.csv']!)).toBe('a,b\r\n');
  });
});

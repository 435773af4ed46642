import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { DomainError } from '../../domain/errors.js';
import { readPolisExport } from '../polis/index.js';
import type { PolisConversation } from '../polis/types.js';

/** An uploaded zip may unpack to at most this much: the reader holds the files in memory. */
export const MAX_UNPACKED_BYTES = 128 * 1024 * 1024;

/** The files of a Pol.is export the reader uses; anything else in the archive is ignored. */
const KNOWN = new Set(['comments.csv', 'votes.csv', 'participant-votes.csv', 'participants-votes.csv', 'summary.csv']);

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** A known file at the top of the archive or in one ordinary folder. */
function isWanted(path: string): boolean {
  const parts = path.split('/');
  if (parts.length > 2 || !KNOWN.has(parts[parts.length - 1]!)) return false;
  return parts.length === 1 || !['', '.', '..'].includes(parts[0]!);
}

/**
 * The known files of a Pol.is export zip, at its top or in one folder. Names inside the archive
 * are never used as paths, and the sizes the archive declares cap what is unpacked.
 */
export function unpackPolisZip(zip: Uint8Array): Map<string, Uint8Array> {
  let unpacked = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, {
      filter: (f) => {
        if (!isWanted(f.name)) return false;
        unpacked += f.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES) throw new DomainError('payload_too_large', `The export unpacks to more than ${MAX_UNPACKED_BYTES} bytes`);
        return true;
      },
    });
  } catch (err) {
    if (err instanceof DomainError) throw err;
    throw new DomainError('invalid_polis_export', 'The upload is not a readable zip archive');
  }
  const files = new Map<string, Uint8Array>();
  for (const [path, data] of Object.entries(entries)) {
    const name = baseName(path);
    if (files.has(name)) throw new DomainError('invalid_polis_export', `The archive holds more than one ${name}`);
    files.set(name, data);
  }
  return files;
}

export interface PolisZipContents {
  polis: PolisConversation;
  /** summary.csv's key,value rows; empty when the archive has none. */
  summary: Map<string, string>;
}

function readSummary(data: Uint8Array | undefined): Map<string, string> {
  if (!data) return new Map();
  try {
    const rows = parse(Buffer.from(data), { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
    return new Map(rows.filter((r) => r.length >= 2).map((r) => [r[0]!, r[1]!]));
  } catch {
    return new Map();
  }
}

/** Reads a Pol.is export zip with the same reader as `sopu import-polis` reads a directory. */
export async function readPolisExportZip(zip: Uint8Array): Promise<PolisZipContents> {
  const files = unpackPolisZip(zip);
  const dir = await mkdtemp(join(tmpdir(), 'sopu-import-'));
  try {
    for (const [name, data] of files) await writeFile(join(dir, name), data);
    let polis: PolisConversation;
    try {
      polis = readPolisExport(dir);
    } catch (err) {
      throw new DomainError('invalid_polis_export', `Not a Pol.is export: ${err instanceof Error ? err.message.replace(dir, 'the archive') : 'unreadable'}`);
    }
    return { polis, summary: readSummary(files.get('summary.csv')) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

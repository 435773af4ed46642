import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ExportFile } from './export-files.js';
import { zipExport } from './zip-export.js';

export const ZIP_NAME = 'export.zip';

/** Writes each file into `dir` (created if missing), and with `zip` also all of them as export.zip. */
export async function writeExportDir(dir: string, files: ExportFile[], options: { zip: boolean; mtime: number }): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const f of files) {
    await pipeline(Readable.from(f.chunks()), createWriteStream(join(dir, f.name)));
    written.push(f.name);
  }
  if (options.zip) {
    await pipeline(Readable.from(zipExport(files, options.mtime)), createWriteStream(join(dir, ZIP_NAME)));
    written.push(ZIP_NAME);
  }
  return written;
}

import { Zip, ZipDeflate } from 'fflate';
import type { ExportFile } from './export-files.js';

/** Text is handed to the compressor in pieces of about this many bytes. */
const PIECE = 256 * 1024;

/** Zip stores local times from 1980 to 2099 only. */
const inZipRange = (ms: number) => Math.min(Math.max(ms, Date.UTC(1980, 0, 2)), Date.UTC(2099, 11, 30));

/**
 * The files as one zip archive, produced piece by piece as the reader takes it: each file is
 * deflated while it is being written, so neither the files nor the archive are held in memory.
 */
export async function* zipExport(files: ExportFile[], mtime: number): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else out.push(chunk);
  });
  const encoder = new TextEncoder();
  const drain = function* () {
    if (failure) throw failure;
    yield* out.splice(0);
  };
  for (const f of files) {
    const entry = new ZipDeflate(f.name, { level: 6 });
    entry.mtime = inZipRange(mtime);
    zip.add(entry);
    let pending = '';
    for await (const text of f.chunks()) {
      pending += text;
      if (pending.length >= PIECE) {
        entry.push(encoder.encode(pending));
        pending = '';
        yield* drain();
      }
    }
    entry.push(encoder.encode(pending), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}

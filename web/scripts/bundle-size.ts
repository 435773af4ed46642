import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The participant route's JavaScript budget, gzipped, in kB of 1000 bytes (as Vite prints them). */
export const PARTICIPANT_BUDGET_KB = 150;

/** Modules that make the participant page; when one is split into its own chunk, it counts too. */
const PARTICIPANT_MODULES = ['index.html', 'src/pages/Conversation/Conversation.page.tsx'];

interface ManifestChunk {
  file: string;
  imports?: string[];
}

export interface BundleSize {
  chunks: { file: string; gzipKb: number }[];
  participantFiles: string[];
  participantKb: number;
}

const kb = (bytes: number) => Math.round(bytes / 10) / 100;

export function measureBundle(distDir: string): BundleSize {
  const manifestPath = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: build the web app first (npm run build:web)`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const gzipped = new Map<string, number>();
  for (const chunk of Object.values(manifest)) {
    if (chunk.file.endsWith('.js')) gzipped.set(chunk.file, gzipSync(readFileSync(join(distDir, chunk.file)), { level: 9 }).length);
  }

  // What a browser loads for the page: the modules and, transitively, their static imports.
  const route = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || route.has(chunk.file)) return;
    route.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  PARTICIPANT_MODULES.forEach(visit);
  const participantFiles = [...route].filter((f) => f.endsWith('.js'));

  return {
    chunks: [...gzipped].map(([file, bytes]) => ({ file, gzipKb: kb(bytes) })).sort((a, b) => b.gzipKb - a.gzipKb),
    participantFiles,
    participantKb: kb(participantFiles.reduce((sum, f) => sum + (gzipped.get(f) ?? 0), 0)),
  };
}

/**
 * `npm run bench`: runs every `bench/*.bench.ts` in its own process, one after another, so that one
 * benchmark's memory does not weigh on the next. `npm run bench -- math` runs only those whose name
 * contains "math".
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();

let failed = 0;
for (const file of files) {
  process.stdout.write(`\n=== ${file}\n`);
  const res = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, file)], { stdio: 'inherit' });
  if (res.status !== 0) failed++;
}
if (files.length === 0) process.stdout.write(`no benchmark matches "${filter}"\n`);
process.exit(failed === 0 ? 0 : 1);

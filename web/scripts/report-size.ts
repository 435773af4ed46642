// Prints the gzipped size of each JavaScript chunk of the built web app and the participant
// route's total against its budget: `npx tsx web/scripts/report-size.ts`.
import { fileURLToPath } from 'node:url';
import { measureBundle, PARTICIPANT_BUDGET_KB } from './bundle-size';

const distDir = fileURLToPath(new URL('../../dist/web', import.meta.url));
const size = measureBundle(distDir);
const width = Math.max(...size.chunks.map((c) => c.file.length));

console.log('JavaScript chunks in dist/web, gzipped:');
for (const chunk of size.chunks) console.log(`  ${chunk.file.padEnd(width)}  ${chunk.gzipKb.toFixed(2).padStart(8)} kB`);
console.log(
  `Participant route (/{lang}/c/{slug}): ${size.participantKb.toFixed(2)} kB of the ${PARTICIPANT_BUDGET_KB} kB budget ` +
    `(${size.participantFiles.join(', ')})`,
);
if (size.participantKb > PARTICIPANT_BUDGET_KB) process.exitCode = 1;

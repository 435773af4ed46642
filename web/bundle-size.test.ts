import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { measureBundle, PARTICIPANT_BUDGET_KB } from './scripts/bundle-size';

// Reads the built files: the build runs before the tests.
describe('web bundle', () => {
  it(`keeps the participant route's JavaScript within ${PARTICIPANT_BUDGET_KB} kB gzipped`, () => {
    const size = measureBundle(fileURLToPath(new URL('../dist/web', import.meta.url)));
    expect(size.participantFiles.length).toBeGreaterThan(0);
    expect(size.participantKb).toBeLessThanOrEqual(PARTICIPANT_BUDGET_KB);
  });
});

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConversation } from '../../app/conversations/create-conversation.js';
import { openStore } from '../../infra/db/open-store.js';
import { readPolisExport } from '../../infra/polis/index.js';
import { randomIds } from '../../infra/system/ids.js';
import { ManualClock } from '../../infra/system/clock.js';
import { seedExportConversation } from '../../../test/support/export-fixture.js';
import { DAY, T0 } from '../../../test/support/factories.js';
import { exportCommand } from './export.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { out += String(chunk); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { err += String(chunk); return true; });
  try {
    return { code: await exportCommand.run(args), out, err };
  } finally {
    vi.restoreAllMocks();
  }
}

describe('sopu export', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sopu-cli-export-'));
    vi.stubEnv('DATA_DIR', dataDir);
    vi.stubEnv('DATABASE_URL', '');
    const store = await openStore({ dialect: 'sqlite', location: join(dataDir, 'sopu.db') });
    const c = await createConversation({ store, clock: new ManualClock(T0), ids: randomIds }, {
      slug: 'kysely', languages: ['fi'], texts: { fi: { title: 'Kysely' } }, schedule: { opensAt: T0, statementsCloseAt: null, closesAt: T0 + DAY },
    });
    await seedExportConversation(store, c.id);
    await store.close();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes every file and export.zip into the directory, everything included', async () => {
    const dir = join(dataDir, 'out', 'kysely');
    const { code, out } = await run(['kysely', dir, '--url', 'https://osallistu.hel.fi/fi/c/kysely']);
    expect(code).toBe(0);
    expect(out).toContain('Exported "kysely"');
    for (const f of ['summary.csv', 'comments.csv', 'votes.csv', 'participant-votes.csv', 'comment-groups.csv', 'math.json', 'export.zip']) {
      expect(existsSync(join(dir, f)), f).toBe(true);
    }
    expect(Object.keys(unzipSync(readFileSync(join(dir, 'export.zip'))))).toHaveLength(6);
    expect(readFileSync(join(dir, 'summary.csv'), 'utf8')).toContain('url,https://osallistu.hel.fi/fi/c/kysely\r\n');
    const polis = readPolisExport(dir);
    expect(polis.statements).toHaveLength(5);
    expect(polis.statements[2]!.text).toBe('Matti Meikäläinen on syyllinen');
    expect(polis.votes).toHaveLength(8);
  });

  it('skips the zip with --no-zip, and explains wrong arguments and unknown conversations', async () => {
    const dir = join(dataDir, 'plain');
    expect((await run(['kysely', dir, '--no-zip'])).code).toBe(0);
    expect(existsSync(join(dir, 'comments.csv'))).toBe(true);
    expect(existsSync(join(dir, 'export.zip'))).toBe(false);
    expect((await run(['kysely'])).code).toBe(2);
    await expect(run(['ei-ole', dir])).rejects.toMatchObject({ code: 'conversation_not_found' });
  });
});

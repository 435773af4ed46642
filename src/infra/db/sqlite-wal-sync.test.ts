import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WalSync, type Waiter } from './sqlite-wal-sync.js';

describe('syncing the WAL off the event loop', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sopu-walsync-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const waiter = (log: string[], name: string): Waiter => ({
    resolve: () => log.push(`${name} ok`),
    reject: (err) => log.push(`${name} ${(err as NodeJS.ErrnoException).code}`),
  });

  it('answers every waiter, including those that arrive while a sync is running, exactly once', async () => {
    const wal = join(dir, 'db-wal');
    writeFileSync(wal, 'frames');
    const sync = new WalSync(wal);
    const log: string[] = [];
    sync.after([waiter(log, 'a'), waiter(log, 'b')]);
    sync.after([waiter(log, 'c')]); // a sync is in flight: c waits for the next one
    expect(log).toEqual([]); // nothing is answered before the disk has been synced
    await sync.close();
    expect(log).toEqual(['a ok', 'b ok', 'c ok']);
  });

  it('refuses the waiters when the log cannot be synced, and every later one, so nothing unsynced is acknowledged', async () => {
    const sync = new WalSync(join(dir, 'missing-wal'));
    const log: string[] = [];
    sync.after([waiter(log, 'a')]);
    await sync.close();
    expect(log).toEqual(['a ENOENT']);
    // Once a sync has failed, nothing later is acknowledged, even if the file is there again.
    writeFileSync(join(dir, 'missing-wal'), 'frames');
    sync.after([waiter(log, 'b')]);
    await sync.close();
    expect(log).toEqual(['a ENOENT', 'b ENOENT']);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { untilEvent } from '../support/sse.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';

const SLUG = 'helsinki-osallisuus-2026';

describe('live results in a running server', () => {
  let server: ServerProcess;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sopu-live-'));
    server = await startServerProcess({ DATA_DIR: dir });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a vote in the results within 5 seconds and announces it to a listening browser', async () => {
    const events = await fetch(`${server.url}/api/v1/conversations/${SLUG}/events`);
    expect(events.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const firstEvent = untilEvent(events, 'results-updated');

    const next = (await (await fetch(`${server.url}/api/v1/conversations/${SLUG}/next`)).json()) as { statement: { id: string } };
    const voted = await fetch(`${server.url}/api/v1/conversations/${SLUG}/votes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ statementId: next.statement.id, value: 'agree', requestId: 'live-1' }),
    });
    expect(voted.status).toBe(201);
    const deadline = Date.now() + 5000;
    let results: { votes?: number; tallies?: { statementId: string; agree: number }[] } = {};
    while (Date.now() < deadline) {
      results = (await (await fetch(`${server.url}/api/v1/conversations/${SLUG}/results`)).json()) as typeof results;
      if (results.votes === 1) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(results.votes).toBe(1);
    expect(results.tallies!.find((t) => t.statementId === next.statement.id)!.agree).toBe(1);
    expect((await firstEvent).text).toMatch(/event: results-updated\ndata: \{"version":\d+\}/);
    await (await firstEvent).cancel();
  });

  it('stops cleanly on SIGTERM while a browser is still listening, ending its stream', async () => {
    const events = await fetch(`${server.url}/api/v1/conversations/${SLUG}/events`);
    const reader = events.body!.getReader();
    await reader.read(); // the stream is open: its `retry` line arrived
    expect(await server.stop('SIGTERM')).toBe(0);
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(done).toBe(true);
  });
});

/**
 * Durability under a crash: a vote load runs against a real server process, which is killed with
 * SIGKILL in the middle of it and started again on the same database. Every vote that got a 2xx
 * must be stored, and retrying any vote with its request id after the restart is not a second event.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { ParticipantClient, VALUES, type VoteBody } from './participant-client.js';
import { serveTargets, type ServeTarget } from './targets.js';

const KILLS = 10;
const VOTERS = 24;
/** Acknowledged votes to wait for in a round before the kill comes, at a random moment after. */
const ACKS_BEFORE_KILL = 60;

interface Sent {
  client: ParticipantClient;
  body: VoteBody;
}

/**
 * Votes through the statements as the web client does, one new participant after another, until
 * the server dies. The client joins first: a retried vote needs the participant's cookie to be
 * recognised, and a first vote sent without one could not be.
 */
async function voter(url: string, round: number, n: number, acked: Sent[], unanswered: Sent[]): Promise<void> {
  for (let p = 0; ; p++) {
    const client = new ParticipantClient(url);
    let next: string | null;
    try {
      if ((await client.join()).status !== 200) throw new Error('join refused');
      next = await client.next();
    } catch {
      return;
    }
    for (let v = 0; next; v++) {
      const body: VoteBody = { statementId: next, value: VALUES[(n + v) % 3]!, requestId: `r${round}-${n}-${p}-${v}` };
      let answer;
      try {
        answer = await client.vote(body);
      } catch {
        unanswered.push({ client, body });
        return;
      }
      if (answer.status !== 201) throw new Error(`vote answered ${answer.status}`);
      acked.push({ client, body });
      next = answer.next;
    }
  }
}

async function storedRequestIds(target: ServeTarget): Promise<Map<string, number>> {
  const rows = await target.query<{ request_id: string; n: number }>(
    'select request_id, count(*) as n from votes where request_id is not null group by request_id',
  );
  return new Map(rows.map((r) => [r.request_id, Number(r.n)]));
}

for (const kind of serveTargets()) {
  describe.skipIf(!kind.open)(`killing the server mid-load on ${kind.name}`, () => {
    let target: ServeTarget | null = null;
    let server: ServerProcess | null = null;
    afterAll(async () => {
      await server?.stop('SIGKILL');
      await target?.cleanup();
    });

    it(`loses no acknowledged vote in ${KILLS} kills, and a retry after the restart is not a second vote`, async () => {
      target = await kind.open!();
      // One address sends the whole load: its limit is lifted; the per-participant limits stay.
      const env = { ...target.env, SEED_DEMO: 'true', RATE_LIMIT_VOTES_PER_ADDRESS: '0' };
      server = await startServerProcess(env);
      const allAcked: Sent[] = [];
      for (let round = 0; round < KILLS; round++) {
        const acked: Sent[] = [];
        const unanswered: Sent[] = [];
        const voters = Array.from({ length: VOTERS }, (_, n) => voter(server!.url, round, n, acked, unanswered));
        const deadline = Date.now() + 20_000;
        while (acked.length < ACKS_BEFORE_KILL && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
        await new Promise((r) => setTimeout(r, Math.random() * 150));
        await server.stop('SIGKILL');
        await Promise.all(voters);
        expect(acked.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);

        server = await startServerProcess(env);
        const stored = await storedRequestIds(target);
        const lost = acked.filter((s) => !stored.has(s.body.requestId));
        expect(lost.map((s) => s.body.requestId), `round ${round}: acknowledged but not stored`).toEqual([]);

        // Retries of what got no answer, and of a few acknowledged votes, with the same request ids.
        const retried = [...unanswered, ...acked.slice(-5)];
        for (const s of retried) s.client.baseUrl = server.url;
        for (const s of retried) {
          const again = await s.client.vote(s.body);
          expect([200, 201], `retry of ${s.body.requestId}`).toContain(again.status);
          expect(again.value).toBe(s.body.value);
        }
        for (const s of acked.slice(-5)) expect((await s.client.vote(s.body)).status).toBe(200);
        const after = await storedRequestIds(target);
        for (const s of [...acked, ...unanswered]) expect(after.get(s.body.requestId), s.body.requestId).toBe(1);
        allAcked.push(...acked);
      }
      const [events] = await target.query<{ n: number }>('select count(*) as n from votes');
      expect(Number(events!.n)).toBeGreaterThanOrEqual(allAcked.length);
    }, 240_000);
  });
}

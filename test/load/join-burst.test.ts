/**
 * Two hundred new participants join in the same moment and each votes at once, over real HTTP to a
 * real server process, all from one address (as from a city office) with the default limits:
 * every join and every first vote succeeds and is stored. (Pol.is loses a quarter to a third of
 * such a burst to a "max + 1" participant number.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { ParticipantClient, VALUES } from './participant-client.js';
import { serveTargets, type ServeTarget } from './targets.js';

const PARTICIPANTS = 200;

for (const kind of serveTargets()) {
  describe.skipIf(!kind.open)(`a burst of new participants on ${kind.name}`, () => {
    let target: ServeTarget | null = null;
    let server: ServerProcess | null = null;
    afterAll(async () => {
      await server?.stop();
      await target?.cleanup();
    });

    it(`lets ${PARTICIPANTS} join and vote at once`, async () => {
      target = await kind.open!();
      server = await startServerProcess({ ...target.env, SEED_DEMO: 'true' });
      const first = await new ParticipantClient(server.url).next();
      expect(first).not.toBeNull();

      const clients = Array.from({ length: PARTICIPANTS }, () => new ParticipantClient(server!.url));
      const outcomes = await Promise.all(
        clients.map(async (client, i) => {
          const joined = await client.join();
          const voted = await client.vote({ statementId: first!, value: VALUES[i % 3]!, requestId: `burst-${i}` });
          return { joined, voted };
        }),
      );
      expect(outcomes.map((o) => o.joined.status)).toEqual(Array(PARTICIPANTS).fill(200));
      expect(outcomes.map((o) => o.voted.status)).toEqual(Array(PARTICIPANTS).fill(201));
      expect(new Set(outcomes.map((o) => o.joined.participantId)).size).toBe(PARTICIPANTS);

      const [participants] = await target.query<{ n: number }>('select count(*) as n from participants');
      const [votes] = await target.query<{ n: number }>("select count(*) as n from votes where request_id like 'burst-%'");
      const [latest] = await target.query<{ n: number }>('select count(*) as n from latest_votes where statement_id = $1', [first]);
      expect(Number(participants!.n)).toBe(PARTICIPANTS);
      expect(Number(votes!.n)).toBe(PARTICIPANTS);
      expect(Number(latest!.n)).toBe(PARTICIPANTS);
    }, 120_000);
  });
}

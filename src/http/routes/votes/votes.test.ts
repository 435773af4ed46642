import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moderateStatement } from '../../../app/moderation/moderate-statement.js';
import { submitStatement } from '../../../app/statements/submit-statement.js';
import { DAY, makeUser } from '../../../../test/support/factories.js';
import { cookieFrom, testServer, type TestServer } from '../../../../test/support/http.js';

const SLUG = 'helsinki-osallisuus-2026';
const url = (path = '') => `/api/v1/conversations/${SLUG}${path}`;

describe('voting over HTTP', () => {
  let t: TestServer;
  let statementIds: string[];

  beforeEach(async () => {
    t = await testServer({ seedDemo: true });
    const list = await t.app.inject({ url: url('/statements') });
    statementIds = list.json().statements.map((s: { id: string }) => s.id);
  });
  afterEach(() => t.close());

  const vote = (body: object, cookie?: string) =>
    t.app.inject({ method: 'POST', url: url('/votes'), payload: body, headers: cookie ? { cookie } : {} });

  it('stores a vote, sets an HttpOnly participant cookie and returns the next card', async () => {
    const res = await vote({ statementId: statementIds[0], value: 'agree' });
    expect(res.statusCode).toBe(201);
    const set = res.cookies.find((c) => c.name === 'sopu_participant')!;
    expect(set.httpOnly).toBe(true);
    expect(set.sameSite).toBe('Lax');
    const body = res.json();
    expect(body.vote).toMatchObject({ statementId: statementIds[0], value: 'agree' });
    expect(body.next.statement.id).not.toBe(statementIds[0]);
    expect(body.next.progress).toEqual({ voted: 1, total: statementIds.length });
  });

  it('counts only the latest vote in the tallies and keeps both in the history', async () => {
    const first = await vote({ statementId: statementIds[0], value: 'agree' });
    const cookie = cookieFrom(first);
    t.clock.advance(1000);
    expect((await vote({ statementId: statementIds[0], value: 'disagree' }, cookie)).statusCode).toBe(201);
    const tallied = (await t.app.inject({ url: url('/statements') })).json().statements.find((s: { id: string }) => s.id === statementIds[0]);
    expect(tallied.tally).toEqual({ agree: 0, disagree: 1, pass: 0 });
    const mine = (await t.app.inject({ url: url('/votes/mine'), headers: { cookie } })).json();
    expect(mine.votes).toEqual([expect.objectContaining({ statementId: statementIds[0], value: 'disagree' })]);
    const conversation = (await t.db.store.conversations.findBySlug(SLUG))!;
    const participant = (await t.db.store.votes.latestInConversation(conversation.id))[0]!.participantId;
    expect((await t.db.store.votes.historyOf(participant, statementIds[0]!)).map((v) => v.value)).toEqual([1, -1]);
  });

  it('refuses a value outside agree, disagree and pass with 400 invalid_vote, storing nothing', async () => {
    for (const value of ['maybe', 1, null, 'AGREE', '']) {
      const res = await vote({ statementId: statementIds[0], value });
      expect(res.statusCode, String(value)).toBe(400);
      expect(res.json().error.code).toBe('invalid_vote');
    }
    const missing = await vote({ statementId: statementIds[0] });
    expect(missing.statusCode).toBe(400);
    const conversation = (await t.db.store.conversations.findBySlug(SLUG))!;
    expect(await t.db.store.votes.count(conversation.id)).toEqual({ events: 0, latest: 0 });
  });

  it('refuses votes before the conversation opens and after it closes with 409 conversation_closed', async () => {
    const conversation = (await t.db.store.conversations.findBySlug(SLUG))!;
    t.clock.set(conversation.schedule.opensAt! - 1);
    const early = await vote({ statementId: statementIds[0], value: 'agree' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toEqual({ error: { code: 'conversation_closed', message: expect.any(String) } });
    t.clock.set(conversation.schedule.closesAt!);
    expect((await vote({ statementId: statementIds[0], value: 'agree' })).json().error.code).toBe('conversation_closed');
    // Between statementsCloseAt and closesAt votes are still taken.
    t.clock.set(conversation.schedule.statementsCloseAt! + DAY);
    expect((await vote({ statementId: statementIds[0], value: 'agree' })).statusCode).toBe(201);
    expect(await t.db.store.votes.count(conversation.id)).toEqual({ events: 1, latest: 1 });
  });

  it('refuses a vote on a pending or rejected statement', async () => {
    const moderator = await makeUser(t.db.store, { isAdmin: true });
    const pending = await submitStatement(t.deps, { slug: SLUG, participantKey: 'author', text: 'Uusi odottava väite', lang: 'fi' });
    const rejected = await submitStatement(t.deps, { slug: SLUG, participantKey: 'author', text: 'Hylättävä väite', lang: 'fi' });
    await moderateStatement(t.deps, { slug: SLUG, statementId: rejected.id, actor: moderator, decision: { action: 'reject', reason: 'off_topic' } });
    for (const s of [pending, rejected]) {
      const res = await vote({ statementId: s.id, value: 'agree' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('statement_not_published');
    }
    const unknown = await vote({ statementId: 'no-such-statement', value: 'agree' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('statement_not_found');
  });

  it('answers a retried request with the first vote and no second event', async () => {
    const first = await vote({ statementId: statementIds[0], value: 'agree', requestId: 'r-1' });
    const cookie = cookieFrom(first);
    const retry = await vote({ statementId: statementIds[0], value: 'agree', requestId: 'r-1' }, cookie);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().vote).toEqual(first.json().vote);
    const conversation = (await t.db.store.conversations.findBySlug(SLUG))!;
    expect(await t.db.store.votes.count(conversation.id)).toEqual({ events: 1, latest: 1 });
  });

  it('serves every published statement once and then 204', async () => {
    let cookie: string | undefined;
    let next = (await t.app.inject({ url: url('/next') })).json();
    const seen = new Set<string>();
    for (;;) {
      const id = next.statement.id as string;
      expect(seen.has(id)).toBe(false);
      seen.add(id);
      const res = await vote({ statementId: id, value: 'pass' }, cookie);
      cookie ??= cookieFrom(res);
      next = res.json().next;
      if (!next) break;
    }
    expect(seen.size).toBe(statementIds.length);
    expect((await t.app.inject({ url: url('/next'), headers: { cookie: cookie! } })).statusCode).toBe(204);
  });

  it('answers 404 conversation_not_found for an unknown conversation', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/conversations/nope/votes', payload: { statementId: 'x', value: 'agree' } });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('conversation_not_found');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Conversation } from '../../../domain/conversation/conversation.js';
import type { VoteValue } from '../../../domain/vote/vote.js';
import { computeSnapshot } from '../../../../test/e2e/support/report-math.js';
import { makeStatement, makeUser } from '../../../../test/support/factories.js';
import { cookieFrom, testServer, type TestServer } from '../../../../test/support/http.js';

const SLUG = 'helsinki-osallisuus-2026';
const api = (path = '') => `/api/v1/conversations/${SLUG}${path}`;

describe('results, my place in them and the report over HTTP', () => {
  let t: TestServer;
  let conversation: Conversation;
  let statementIds: string[];
  let participantIds: string[];

  /** Two camps of 15 over every seed statement: camp A agrees with the even ones, camp B with the odd ones. */
  beforeEach(async () => {
    t = await testServer({ seedDemo: true });
    conversation = (await t.db.store.conversations.findBySlug(SLUG))!;
    statementIds = (await t.app.inject({ url: api('/statements') })).json().statements.map((s: { id: string }) => s.id);
    participantIds = [];
    let at = t.clock.now();
    for (let i = 0; i < 30; i++) {
      const p = await t.db.store.participants.findOrCreate(conversation.id, `key-${i}`, `participant-${i}`, at);
      participantIds.push(p.id);
      if (i % 3 === 0) await t.db.store.participants.setSegment(p.id, i < 15 ? 'resident' : 'city_staff');
      for (const [j, statementId] of statementIds.entries()) {
        const camp = i < 15 ? 1 : -1;
        const value = (j === 0 ? 1 : i % 7 === 0 && j === 1 ? 0 : j % 2 === 0 ? camp : -camp) as VoteValue;
        await t.db.store.votes.record({ conversationId: conversation.id, participantId: p.id, statementId, value, requestId: null, createdAt: (at += 1000) });
      }
    }
    // A participant's statement, rejected as a duplicate by a moderator two weekday hours after it was written.
    const moderator = await makeUser(t.db.store, { email: 'moderoija@hel.fi' });
    const rejected = await makeStatement(t.db.store, conversation.id, 'Sama asia uudestaan', { authorParticipantId: participantIds[0]!, createdAt: at });
    await t.db.store.statements.setDecision(rejected.id, {
      status: 'rejected', rejectionReason: 'duplicate', rejectionNote: null, duplicateOf: statementIds[0]!, decidedAt: at + 2 * 3_600_000, decidedBy: moderator.id,
    });
  });
  afterEach(() => t.close());

  async function staffCookie(role: 'moderator' | 'organizer' = 'moderator') {
    const user = await makeUser(t.db.store, { email: 'mod@hel.fi', passwordHash: 'plain:moderaattori-salasana' });
    await t.db.store.users.grantRole(user.id, conversation.id, role);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'mod@hel.fi', password: 'moderaattori-salasana' } });
    return `sopu_session=${res.cookies.find((c) => c.name === 'sopu_session')!.value}`;
  }

  it('shows the groups with their members\' votes inside and outside, and an anonymous opinion map', async () => {
    await computeSnapshot(t.db.store, conversation.id, {}, t.clock.now());
    const res = await t.app.inject({ url: api('/results') });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.k).toBe(2);
    const sizes = body.groups.map((g: { size: number }) => g.size).sort();
    expect(sizes).toEqual([15, 15]);
    const rep = body.groups[0].repness[0];
    expect(rep.inside.agree + rep.inside.disagree + rep.inside.pass).toBeGreaterThan(0);
    expect(rep.outside.agree + rep.outside.disagree + rep.outside.pass).toBeGreaterThan(0);
    expect(body.map.total).toBe(30);
    expect(body.map.points).toHaveLength(30);
    expect(Object.keys(body.map.points[0]).sort()).toEqual(['group', 'x', 'y']);
    for (const id of participantIds) expect(res.body).not.toContain(id);
    expect(body.method).toEqual({ placeMinVotes: 7, divisiveMinVotesPerGroup: expect.any(Number) });
  });

  it('tells a participant how many more votes they need, then their closest group and why', async () => {
    await computeSnapshot(t.db.store, conversation.id, {}, t.clock.now());
    expect((await t.app.inject({ url: api('/results/me') })).json()).toEqual({ status: 'more_votes_needed', counted: 0, needed: 7 });

    // A newcomer who votes like camp B, after the math ran: placed from their own votes.
    const first = await t.app.inject({ method: 'POST', url: api('/votes'), payload: { statementId: statementIds[1], value: 'agree' } });
    const cookie = cookieFrom(first);
    const few = (await t.app.inject({ url: api('/results/me'), headers: { cookie } })).json();
    expect(few).toEqual({ status: 'more_votes_needed', counted: 1, needed: 7 });
    for (const [j, statementId] of statementIds.entries()) {
      if (j === 1) continue;
      const value = j === 0 ? 'agree' : j % 2 === 0 ? 'disagree' : 'agree';
      expect((await t.app.inject({ method: 'POST', url: api('/votes'), payload: { statementId, value }, headers: { cookie } })).statusCode).toBe(201);
    }
    const me = await t.app.inject({ url: api('/results/me'), headers: { cookie } });
    expect(me.headers['cache-control']).toBe('private, no-store');
    const placed = me.json();
    expect(placed.status).toBe('placed');
    expect(placed.member).toBe(false);
    const results = (await t.app.inject({ url: api('/results') })).json();
    const campB = results.groups.find((g: { id: number }) => g.id === placed.groupId);
    // Camp B disagrees with the even statements (after the first, which everyone agrees with).
    const campBMember = (await t.db.store.votes.latestByParticipant(participantIds[20]!)).filter((v) => v.value !== 0);
    expect(campB).toBeDefined();
    expect(placed.sharedVotes.length).toBeGreaterThan(0);
    for (const shared of placed.sharedVotes) {
      const theirs = campBMember.find((v) => v.statementId === shared.statementId)!;
      expect(shared.direction).toBe(theirs.value === 1 ? 'agree' : 'disagree');
      expect(shared.groupShare).toBeGreaterThan(0.5);
    }
  });

  it('reports the figures, every published statement per group and segment, and the service level', async () => {
    await computeSnapshot(t.db.store, conversation.id, {}, t.clock.now());
    const res = await t.app.inject({ url: api('/report') });
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.conversation.id).toBe(SLUG);
    expect(r.snapshot).toMatchObject({ version: 1, inConv: 30, placeMinVotes: 7 });
    expect(r.headline).toMatchObject({ participants: 30, voters: 30, votes: 30 * statementIds.length, voteEvents: 30 * statementIds.length });
    expect(r.headline.statements).toMatchObject({
      total: statementIds.length + 1, seed: statementIds.length, submitted: 1, published: statementIds.length, rejected: 1,
      rejectedByReason: { duplicate: 1, names_person: 0, offensive: 0, off_topic: 0, false_claim: 0, other: 0 },
    });
    expect(r.participation).toEqual([{ day: '2026-01-19', votes: 30 * statementIds.length, newVoters: 30, statements: 1 }]);
    expect(r.groups).toHaveLength(2);
    expect(r.statements.map((s: { id: string }) => s.id).sort()).toEqual([...statementIds].sort());
    const first = r.statements.find((s: { id: string }) => s.id === statementIds[0]);
    expect(first.tally).toEqual({ agree: 30, disagree: 0, pass: 0 });
    expect(first.agreeShare).toBe(1);
    expect(first.byGroup).toEqual([{ agree: 15, disagree: 0, pass: 0 }, { agree: 15, disagree: 0, pass: 0 }]);
    expect(first.groupInformedConsensus).toBeGreaterThan(0.8);
    // Answers in the question's order, then "no answer".
    const answers = r.segments.answers.map((a: { id: string | null; participants: number }) => [a.id, a.participants]);
    expect(answers[0]).toEqual(['resident', 5]);
    expect(answers.find((a: unknown[]) => a[0] === 'city_staff')).toEqual(['city_staff', 5]);
    expect(answers.at(-1)).toEqual([null, 20]);
    const resident = r.segments.answers.findIndex((a: { id: string }) => a.id === 'resident');
    expect(first.bySegment[resident]).toEqual({ agree: 5, disagree: 0, pass: 0 });
    expect(first.bySegment).toHaveLength(r.segments.answers.length);
    expect(r.consensus.agree.map((c: { statementId: string }) => c.statementId)).toContain(statementIds[0]);
    expect(r.divisive.method).toMatch(/variance/);
    expect(r.divisive.statements.length).toBeGreaterThan(0);
    expect(r.uncertainty.definition).toEqual({ minPassShare: 0.3, minVotesForPassShare: 5, fewVotesBelow: 8 });
    expect(r.serviceLevel).toEqual({ targetHours: 24, decided: 1, withinTargetShare: 1, medianHoursToDecision: 2, pending: 0, overdue: 0 });
    for (const id of participantIds) expect(res.body).not.toContain(id);
  });

  it('gives a report without math sections before the first snapshot', async () => {
    const r = (await t.app.inject({ url: api('/report') })).json();
    expect(r.snapshot).toBeNull();
    expect(r.groups).toEqual([]);
    expect(r.statements).toHaveLength(statementIds.length);
    expect(r.statements[0].byGroup).toEqual([]);
    expect((await t.app.inject({ url: api('/results/me') })).json()).toEqual({ status: 'no_results' });
  });

  it('hides results, my place and the report from participants when they are for staff only, and shows them to staff', async () => {
    await computeSnapshot(t.db.store, conversation.id, {}, t.clock.now());
    await t.db.store.conversations.update(conversation.id, { settings: { ...conversation.settings, resultsVisibility: 'staff_only' } });
    const vote = await t.app.inject({ method: 'POST', url: api('/votes'), payload: { statementId: statementIds[0], value: 'agree' } });
    const participant = cookieFrom(vote);
    for (const path of ['/results', '/results/me', '/report']) {
      for (const headers of [{}, { cookie: participant }]) {
        const res = await t.app.inject({ url: api(path), headers });
        expect(res.statusCode, path).toBe(403);
        expect(res.json().error.code).toBe('forbidden');
      }
    }
    const staff = await staffCookie();
    for (const path of ['/results', '/results/me', '/report']) {
      expect((await t.app.inject({ url: api(path), headers: { cookie: staff } })).statusCode, path).toBe(200);
    }
  });

  it('shows results only after closing when so set, and answers 404 for an unknown conversation', async () => {
    await t.db.store.conversations.update(conversation.id, { settings: { ...conversation.settings, resultsVisibility: 'after' } });
    expect((await t.app.inject({ url: api('/report') })).json().error.code).toBe('forbidden');
    await t.db.store.conversations.update(conversation.id, { closedManually: true });
    expect((await t.app.inject({ url: api('/report') })).statusCode).toBe(200);
    for (const path of ['/results', '/results/me', '/report']) {
      const res = await t.app.inject({ url: `/api/v1/conversations/no-such-thing${path}` });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('conversation_not_found');
    }
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeUser } from '../../../../test/support/factories.js';
import { testServer, type TestServer } from '../../../../test/support/http.js';
import { api } from '../../../../test/support/staff.js';

const EMAIL = 'maija@hel.fi';
const OLD = 'vanha-salasana-1';
const NEW = 'uusi-pitka-salasana';

describe('changing the password over HTTP', () => {
  let t: TestServer;

  beforeEach(async () => {
    t = await testServer();
    await makeUser(t.db.store, { email: EMAIL, passwordHash: `plain:${OLD}` });
    await makeUser(t.db.store, { email: 'toinen@hel.fi', passwordHash: 'plain:toisen-salasana' });
  });
  afterEach(() => t.close());

  async function logIn(email: string, password: string) {
    const res = await t.app.inject({ method: 'POST', url: api('/session'), payload: { email, password } });
    expect(res.statusCode, res.body).toBe(200);
    const cookie = `sopu_session=${res.cookies.find((c) => c.name === 'sopu_session')!.value}`;
    return { cookie, change: { cookie, 'x-csrf-token': res.json().csrfToken as string } };
  }
  const whoAmI = async (cookie: string) => (await t.app.inject({ url: api('/session'), headers: { cookie } })).statusCode;
  const change = (headers: Record<string, string>, currentPassword: string, newPassword: string) =>
    t.app.inject({ method: 'PUT', url: api('/session/password'), headers, payload: { currentPassword, newPassword } });

  it("ends the user's other sessions and keeps the one that made the change", async () => {
    const own = await logIn(EMAIL, OLD);
    const stolen = await logIn(EMAIL, OLD);
    const colleague = await logIn('toinen@hel.fi', 'toisen-salasana');

    const res = await change(own.change, OLD, NEW);
    expect(res.statusCode, res.body).toBe(204);

    expect(await whoAmI(stolen.cookie)).toBe(401);
    const stolenChange = await change(stolen.change, NEW, 'varkaan-oma-salasana');
    expect([stolenChange.statusCode, stolenChange.json().error.code]).toEqual([401, 'not_authenticated']);
    expect(await whoAmI(own.cookie)).toBe(200);
    expect((await change(own.change, NEW, 'kolmas-pitka-salasana')).statusCode).toBe(204);
    expect(await whoAmI(own.cookie)).toBe(200);
    expect(await whoAmI(colleague.cookie)).toBe(200);

    const oldLogin = await t.app.inject({ method: 'POST', url: api('/session'), payload: { email: EMAIL, password: OLD } });
    expect(oldLogin.statusCode).toBe(401);
    await logIn(EMAIL, 'kolmas-pitka-salasana');
  });

  it('leaves the other sessions alone when the change is refused', async () => {
    const own = await logIn(EMAIL, OLD);
    const other = await logIn(EMAIL, OLD);
    const wrong = await change(own.change, 'ei-tama-salasana', NEW);
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([401, 'invalid_credentials']);
    const short = await change(own.change, OLD, 'lyhyt');
    expect([short.statusCode, short.json().error.code]).toEqual([400, 'validation_failed']);
    expect(await whoAmI(other.cookie)).toBe(200);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testServer, type TestServer } from '../../../../test/support/http.js';
import { api, databaseDump, openConversation, staffBrowser, type StaffBrowser } from '../../../../test/support/staff.js';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 7)]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

describe('conversation logo over HTTP', () => {
  let t: TestServer;
  let organizer: StaffBrowser;
  const url = api('/conversations/logolla/logo');

  beforeEach(async () => {
    t = await testServer();
    const c = await openConversation(t, 'logolla');
    organizer = await staffBrowser(t, 'org@hel.fi', [{ conversationId: c.id, role: 'organizer' }]);
  });
  afterEach(() => t.close());

  const put = (body: Buffer, contentType: string) =>
    t.app.inject({ method: 'PUT', url, headers: { ...organizer.change, 'content-type': contentType }, payload: body });

  it('stores a PNG, serves it with its type, nosniff and cache headers, and removes it', async () => {
    expect((await put(PNG, 'image/png')).statusCode).toBe(204);
    const conversation = (await t.app.inject({ url: api('/conversations/logolla') })).json();
    expect(conversation.logoUrl).toMatch(/^\/api\/v1\/conversations\/logolla\/logo\?v=\d+$/);

    const served = await t.app.inject({ url: conversation.logoUrl });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(served.rawPayload.equals(PNG)).toBe(true);
    expect((await t.app.inject({ url })).headers['cache-control']).toBe('public, max-age=300');

    expect((await t.app.inject({ method: 'DELETE', url, headers: organizer.change })).statusCode).toBe(204);
    expect((await t.app.inject({ url: api('/conversations/logolla') })).json().logoUrl).toBeNull();
    const gone = await t.app.inject({ url });
    expect([gone.statusCode, gone.json().error.code]).toEqual([404, 'not_found']);
    const audit = (await t.app.inject({ url: api('/conversations/logolla/audit'), headers: { cookie: organizer.cookie } })).json().entries;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['logo', 'logo']);
  });

  it('never takes SVG, a body that is not the declared image, or one over 256 kB', async () => {
    const before = databaseDump(t);
    const svg = await put(SVG, 'image/svg+xml');
    expect([svg.statusCode, svg.json().error.code]).toEqual([415, 'unsupported_media_type']);
    const disguised = await put(SVG, 'image/png');
    expect([disguised.statusCode, disguised.json().error.code]).toEqual([400, 'invalid_image']);
    const wrongType = await put(PNG, 'image/jpeg');
    expect([wrongType.statusCode, wrongType.json().error.code]).toEqual([400, 'invalid_image']);
    const big = await put(Buffer.concat([PNG, Buffer.alloc(256 * 1024)]), 'image/png');
    expect([big.statusCode, big.json().error.code]).toEqual([413, 'payload_too_large']);
    expect(databaseDump(t)).toBe(before);
  });
});

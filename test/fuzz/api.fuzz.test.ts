/**
 * Property-based fuzzing of every endpoint the OpenAPI document lists (new endpoints are covered as
 * they appear): malformed and hostile requests must get a 4xx in the one error shape with a stable
 * code, never a 5xx, and must change nothing in the database.
 */
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/domain/errors.js';
import { buildServer } from '../../src/http/server.js';
import type { App } from '../../src/http/types.js';
import { rateLimitsFrom } from '../../src/infra/rate-limit/limits.js';
import { inMemoryRateLimiter } from '../../src/infra/rate-limit/setup.js';
import { testServer, type TestServer } from '../support/http.js';
import { endpointsOf, sampleOf, typesOf, wordsOf, type Endpoint, type JsonSchema } from './openapi-endpoints.js';
import { stateDigest } from './state-digest.js';

const SLUG = 'helsinki-osallisuus-2026';
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);

const HOSTILE = [
  "' OR '1'='1",
  "1; DROP TABLE votes; --",
  '" OR ""="',
  "x' UNION SELECT key_hash FROM participants --",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '../../../etc/passwd',
  '\u0000',
  '\ud800',
  'a\udfffb',
  '\u202eevil',
  '\ufeff',
  '\uffff',
  '🙂'.repeat(40),
  '__proto__',
  'constructor',
  '{{7*7}}',
  '${7*7}',
  'a'.repeat(65),
  'a'.repeat(5001),
  ' ',
  '',
  'null',
  '-1',
  '1e309',
];

const loneSurrogates = fc.array(fc.integer({ min: 0xd800, max: 0xdfff }), { minLength: 1, maxLength: 3 }).map((units) => String.fromCharCode(...units));
const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  loneSurrogates,
);

/** Percent-encodes every byte of the string's UTF-8 (lone surrogates turn into U+FFFD). */
const encodeSegment = (s: string) =>
  [...Buffer.from(s, 'utf8')].map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`)).join('');
/** Segments whose escapes are themselves broken: invalid UTF-8, an encoded surrogate, a bad escape. */
const brokenSegments = fc.constantFrom('%', '%zz', '%ff', '%c0%af', '%ed%a0%80', '%e0%a4%a', '..', '%2e%2e');
const unknownSegment = fc.oneof(
  hostileString.filter((s) => s !== SLUG).map(encodeSegment),
  brokenSegments,
  fc.stringMatching(/^[a-z0-9-]{1,64}$/).filter((s) => s !== SLUG),
);

const valueOfType: Record<string, fc.Arbitrary<unknown>> = {
  string: hostileString,
  number: fc.oneof(fc.integer(), fc.double({ noNaN: true })),
  boolean: fc.boolean(),
  null: fc.constant(null),
  object: fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  array: fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
};

/** A value the schema refuses: of another type, or a word it does not know. */
function wrongValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  const allowed = typesOf(schema);
  const options = Object.entries(valueOfType)
    .filter(([type]) => !allowed.has(type))
    .map(([, arb]) => arb);
  const words = wordsOf(schema);
  if (words) options.push(hostileString.filter((s) => !words.includes(s)));
  return fc.oneof(...options);
}

interface Payload {
  payload?: string | Buffer;
  contentType?: string;
}
const json = (value: unknown): Payload => ({ payload: JSON.stringify(value), contentType: 'application/json' });

/** A body its route must refuse. */
function malformedBody(schema: JsonSchema): fc.Arbitrary<Payload> {
  const sample = sampleOf(schema) as Record<string, unknown>;
  const props = Object.keys(schema.properties ?? {});
  const stringProps = props.filter((k) => typesOf(schema.properties![k]!).has('string') && !wordsOf(schema.properties![k]!));
  const limited = props.filter((k) => schema.properties![k]!.maxLength !== undefined);
  const options: fc.Arbitrary<Payload>[] = [
    fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.string(), fc.array(fc.jsonValue({ maxDepth: 1 }))).map(json),
    fc.constantFrom(
      '{"statementId": ',
      '{a: 1}',
      '[1, 2',
      "{'text': 'x'}",
      '\u0000',
      '{"__proto__": {"polluted": true}}',
      '{"constructor": {"prototype": {"polluted": true}}}',
      'null garbage',
    ).map((payload) => ({ payload, contentType: 'application/json' })),
    fc.constant(json({ ...sample, padding: 'a'.repeat(70_000) })),
    fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/json-patch+json')
      .map((contentType) => ({ payload: JSON.stringify(sample), contentType })),
    fc.constant({ payload: JSON.stringify(sample) }),
  ];
  if (props.length > 0) options.push(fc.constantFrom(...props).chain((k) => wrongValue(schema.properties![k]!).map((v) => json({ ...sample, [k]: v }))));
  const required = schema.required ?? [];
  if (required.length > 0) {
    options.push(fc.constantFrom(...required).map((k) => json(Object.fromEntries(Object.entries(sample).filter(([p]) => p !== k)))));
  }
  if (limited.length > 0) {
    options.push(
      fc.constantFrom(...limited).chain((k) =>
        fc.integer({ min: 1, max: 200 }).map((extra) => json({ ...sample, [k]: 'a'.repeat(schema.properties![k]!.maxLength! + extra) })),
      ),
    );
  }
  if (stringProps.length > 0) {
    // Bytes that are not UTF-8 inside a string value, and lone surrogates as JSON escapes.
    const badBytes = fc.constantFrom([0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80]);
    options.push(
      fc.tuple(fc.constantFrom(...stringProps), badBytes).map(([k, bytes]) => {
        const [before, after] = JSON.stringify({ ...sample, [k]: 'Hyvä@@' }).split('@@') as [string, string];
        return { payload: Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(after)]), contentType: 'application/json' };
      }),
      fc.tuple(fc.constantFrom(...stringProps), fc.constantFrom('\\ud800', 'a\\udfff', '\\udbff\\u0041')).map(([k, escape]) => ({
        payload: JSON.stringify({ ...sample, [k]: '@@' }).replace('@@', escape),
        contentType: 'application/json',
      })),
    );
  }
  return fc.oneof(...options);
}

const hostileHeaders = fc.record(
  {
    cookie: fc.oneof(
      hostileString.map((v) => `sopu_participant=${encodeSegment(v)}`),
      hostileString.map((v) => `sopu_session=${encodeSegment(v)}`),
      fc.constant('sopu_participant=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA; sopu_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'),
    ),
    'x-csrf-token': hostileString.map(encodeSegment),
    origin: fc.constantFrom('https://evil.example', 'null', 'http://127.0.0.1:1'),
    'accept-language': hostileString.map(encodeSegment),
  },
  { requiredKeys: [] },
);

interface FuzzRequest {
  kind: 'unknown resource' | 'malformed body' | 'hostile query';
  method: string;
  url: string;
  payload?: string | Buffer;
  headers: Record<string, string>;
  /** Whether any answer but a 4xx is wrong. */
  mustRefuse: boolean;
}

function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => values[name]!);
}

function requestsFor(e: Endpoint): fc.Arbitrary<FuzzRequest>[] {
  const realPath = fillPath(e.path, Object.fromEntries(e.pathParams.map((p) => [p, p === 'id' ? SLUG : p === 'lang' ? 'sv' : 'x'])));
  const withHeaders = (payload: Payload, headers: Record<string, string>) =>
    payload.contentType ? { ...headers, 'content-type': payload.contentType } : headers;
  const arbs: fc.Arbitrary<FuzzRequest>[] = [];
  if (e.pathParams.length > 0) {
    // Unknown and hostile ids; a body the route would take, or none.
    arbs.push(
      fc
        .tuple(fc.tuple(...e.pathParams.map(() => unknownSegment)), hostileHeaders, fc.boolean())
        .map(([segments, headers, withBody]) => {
          const payload: Payload = withBody && e.body ? json(sampleOf(e.body)) : {};
          return {
            kind: 'unknown resource' as const,
            method: e.method,
            url: fillPath(e.path, Object.fromEntries(e.pathParams.map((p, i) => [p, segments[i]!]))),
            payload: payload.payload,
            headers: withHeaders(payload, headers),
            mustRefuse: true,
          };
        }),
    );
  }
  if (e.body) {
    arbs.push(
      fc.tuple(malformedBody(e.body), hostileHeaders).map(([payload, headers]) => ({
        kind: 'malformed body' as const,
        method: e.method,
        url: realPath,
        payload: payload.payload,
        headers: withHeaders(payload, headers),
        mustRefuse: true,
      })),
    );
  }
  if (e.method === 'GET' && !e.streams) {
    // Reads of a real resource with hostile query values and headers: they may answer, but change nothing.
    const names = [...e.queryParams, 'limit', 'lang', 'text', 'x'];
    arbs.push(
      fc.tuple(fc.array(fc.tuple(fc.constantFrom(...names), hostileString), { maxLength: 4 }), hostileHeaders).map(([query, headers]) => ({
        kind: 'hostile query' as const,
        method: 'GET',
        url: `${realPath}?${query.map(([k, v]) => `${k}=${encodeSegment(v)}`).join('&')}`,
        headers,
        mustRefuse: false,
      })),
    );
  }
  return arbs;
}

function checkAnswer(req: FuzzRequest, res: LightMyRequestResponse) {
  const where = `${req.kind}: ${req.method} ${req.url} → ${res.statusCode} ${res.body.slice(0, 300)}`;
  expect(res.statusCode, where).toBeLessThan(500);
  if (req.mustRefuse) expect(res.statusCode, where).toBeGreaterThanOrEqual(400);
  if (res.statusCode >= 400) {
    const body = res.json() as { error?: { code?: string; message?: unknown } };
    expect(Object.keys(ERROR_CODES), where).toContain(body.error?.code);
    expect(ERROR_CODES[body.error!.code as keyof typeof ERROR_CODES], where).toBe(res.statusCode);
    expect(typeof body.error?.message, where).toBe('string');
  }
}

describe('fuzzing every endpoint of the OpenAPI document', () => {
  let t: TestServer;
  let app: App;
  let endpoints: Endpoint[];

  beforeAll(async () => {
    t = await testServer({ seedDemo: true });
    // Limits off: they would answer 429 (also a 4xx) before the input is looked at.
    app = await buildServer(t.deps, { rateLimiter: inMemoryRateLimiter(rateLimitsFrom(() => 0)) });
    endpoints = endpointsOf((await app.inject({ url: '/api/openapi.json' })).json());
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it('finds the endpoints in the OpenAPI document', () => {
    const listed = endpoints.map((e) => `${e.method} ${e.path}`);
    expect(listed).toEqual(expect.arrayContaining(['POST /api/v1/conversations/{id}/votes', 'POST /api/v1/conversations/{id}/statements', 'POST /api/v1/session']));
  });

  it('refuses malformed and hostile requests with a 4xx and a stable code, never a 5xx, changing nothing', async () => {
    const before = stateDigest(t.db.location);
    const request = fc.oneof(...endpoints.flatMap(requestsFor));
    await fc.assert(
      fc.asyncProperty(request, async (req) => {
        let res: LightMyRequestResponse;
        try {
          res = await app.inject({ method: req.method as 'GET', url: req.url, headers: req.headers, payload: req.payload });
        } catch (err) {
          // The test's own HTTP client refused to send it (say, a header it cannot encode).
          fc.pre(!(err instanceof TypeError || (err as { code?: string }).code === 'ERR_INVALID_CHAR'));
          throw err;
        }
        checkAnswer(req, res);
        expect(stateDigest(t.db.location), `${req.kind}: ${req.method} ${req.url} changed the database`).toEqual(before);
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: 40_000 },
    );
  }, 60_000);
});

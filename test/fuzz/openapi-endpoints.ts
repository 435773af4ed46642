/** The API's endpoints as its OpenAPI document describes them, for tests that go through all of them. */

export interface JsonSchema {
  type?: string | string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  maxLength?: number;
  minLength?: number;
  minItems?: number;
  minimum?: number;
}

export interface Endpoint {
  method: string;
  /** The OpenAPI path, e.g. `/api/v1/conversations/{id}/votes`. */
  path: string;
  pathParams: string[];
  queryParams: string[];
  body: JsonSchema | null;
  /** Answers with a stream that stays open (server-sent events). */
  streams: boolean;
}

interface OpenApiOperation {
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, unknown>;
}

export function endpointsOf(doc: { paths: Record<string, Record<string, OpenApiOperation>> }): Endpoint[] {
  const endpoints: Endpoint[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const params = op.parameters ?? [];
      endpoints.push({
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: params.filter((p) => p.in === 'query').map((p) => p.name),
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
        streams: JSON.stringify(op.responses?.['200'] ?? '').includes('event-stream'),
      });
    }
  }
  return endpoints;
}

/** The JSON types a schema admits. */
export function typesOf(schema: JsonSchema): Set<string> {
  const types = new Set<string>();
  for (const t of [schema.type ?? []].flat()) types.add(t === 'integer' ? 'number' : t);
  for (const sub of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) for (const t of typesOf(sub)) types.add(t);
  for (const v of [...(schema.enum ?? []), ...('const' in schema ? [schema.const] : [])]) types.add(v === null ? 'null' : typeof v);
  return types;
}

/** Allowed words of a string schema made of literals (e.g. the vote values), or null for any string. */
export function wordsOf(schema: JsonSchema): unknown[] | null {
  if (schema.enum) return schema.enum;
  if ('const' in schema) return [schema.const];
  const variants = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  if (variants.length === 0) return null;
  const words = variants.map(wordsOf);
  return words.every((w) => w !== null) ? words.flat() : null;
}

/** A value that the schema accepts, as plain as possible. */
export function sampleOf(schema: JsonSchema): unknown {
  const variants = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  if (variants.length > 0) return sampleOf(variants.find((v) => v.type !== 'null') ?? variants[0]!);
  if (schema.enum) return schema.enum[0];
  if ('const' in schema) return schema.const;
  switch ([schema.type].flat()[0]) {
    case 'string':
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => sampleOf(schema.items ?? { type: 'string' }));
    default:
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, sampleOf(v)]));
  }
}

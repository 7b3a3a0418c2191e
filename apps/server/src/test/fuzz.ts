// The request generator of the OpenAPI fuzzer (fuzz.test.ts): reads the operations of the
// OpenAPI document, builds a plausible request for each from its schemas, then mutates it into
// malformed variants — hostile path and query values, bodies of the wrong shape, type and size,
// bytes that are not UTF-8, NULs, LIKE/SQL metacharacters, impossible dates and pages.
// Deterministic: every choice goes through a seeded PRNG, so a failure replays with its seed.
import {
  hostileDates,
  hostileNumbers,
  hostileSegments,
  hostileStrings,
  type JsonSchema,
  kB,
  likeAndSql,
  pick,
  plausible,
  type Rng,
  sample,
  wrongTyped,
} from './fuzz.values.ts';

export { type JsonSchema, type Rng, seededRng } from './fuzz.values.ts';

export interface Param {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  /** OpenAPI path template, e.g. /api/people/{id}. */
  path: string;
  params: Param[];
  body: JsonSchema | null;
  /** Content types the operation declares for its body (none: JSON by default). */
  contentTypes: string[];
}

export interface Variant {
  /** Short label naming the mutation, shown in failure lists. */
  name: string;
  url: string;
  headers?: Record<string, string>;
  payload?: string | Buffer;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation of the document, in document order. */
export function operationsOf(doc: { paths: Record<string, Record<string, unknown>> }): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const o = raw as {
        parameters?: { name: string; in: string; required?: boolean; schema?: JsonSchema }[];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
      };
      const params = (o.parameters ?? [])
        .filter((p) => p.in === 'path' || p.in === 'query')
        .map((p) => ({
          name: p.name,
          in: p.in as 'path' | 'query',
          required: p.in === 'path' || !!p.required,
          schema: p.schema ?? {},
        }));
      const content = o.requestBody?.content ?? {};
      const contentTypes = Object.keys(content);
      const body = content['application/json']?.schema ?? null;
      ops.push({ method: method.toUpperCase(), path, params, body, contentTypes });
    }
  }
  return ops;
}

// --- variants ----------------------------------------------------------------------------------

const nestedJson = (depth: number, open = '[', close = ']') => open.repeat(depth) + close.repeat(depth);
const JSON_TYPE = { 'content-type': 'application/json' };

function buildUrl(op: Operation, values: Record<string, string>, query: string): string {
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => values[name] ?? 'x');
  return query ? `${path}?${query}` : path;
}

/** encodeURIComponent that also writes lone surrogates (as their 3-byte, not-quite-UTF-8 form). */
export function encodeLoose(v: string): string {
  let out = '';
  for (const ch of v) {
    try {
      out += encodeURIComponent(ch);
    } catch {
      const c = ch.charCodeAt(0);
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    }
  }
  return out;
}

const encodeQuery = (q: Record<string, string>) =>
  Object.entries(q)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeLoose(v)}`)
    .join('&');

/** Serialises a plausible value for a path or query slot. */
const slot = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

export interface VariantBudget {
  /** Variants drawn per operation (path, query and body mutations together). */
  perOperation: number;
}

/**
 * The malformed requests for one operation: every candidate mutation is listed, then a sample is
 * drawn, keeping at least one of each family (path, query, body) the operation has.
 */
export function variantsFor(op: Operation, rng: Rng, budget: VariantBudget, root: unknown = null): Variant[] {
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  const pathValues: Record<string, string> = {};
  for (const p of pathParams)
    pathValues[p.name] = encodeURIComponent(slot(plausible(p.schema, rng, 0, root)));
  const baseQuery: Record<string, string> = {};
  for (const p of queryParams) if (p.required) baseQuery[p.name] = slot(plausible(p.schema, rng, 0, root));
  const baseUrl = buildUrl(op, pathValues, encodeQuery(baseQuery));
  const hasBody = op.method !== 'GET';
  const baseBody = op.body ? plausible(op.body, rng, 0, root) : undefined;

  const families: Record<'path' | 'query' | 'body', Variant[]> = { path: [], query: [], body: [] };

  for (const p of pathParams) {
    for (const seg of hostileSegments) {
      families.path.push({
        name: `path ${p.name}=${seg.label}`,
        url: buildUrl(op, { ...pathValues, [p.name]: seg.raw }, encodeQuery(baseQuery)),
      });
    }
  }

  for (const p of queryParams) {
    const type = p.schema.type;
    const isNumber = type === 'integer' || type === 'number';
    const isDate =
      p.schema.format === 'date' ||
      p.schema.format === 'date-time' ||
      /date|asOf|from|to|month/i.test(p.name);
    const values = [
      ...(isNumber ? hostileNumbers : []),
      ...(isDate ? hostileDates : []),
      // LIKE and SQL metacharacters always, then a draw of the other hostile strings.
      ...likeAndSql,
      ...sample(rng, hostileStrings, 6),
    ];
    for (const v of values) {
      const label = v.length > 40 ? `${v.length} chars` : JSON.stringify(v);
      families.query.push({
        name: `query ${p.name}=${label}`,
        url: buildUrl(op, pathValues, encodeQuery({ ...baseQuery, [p.name]: v })),
      });
    }
    families.query.push({
      name: `query ${p.name} repeated`,
      url: `${buildUrl(op, pathValues, encodeQuery(baseQuery))}${Object.keys(baseQuery).length ? '&' : '?'}${p.name}=1&${p.name}=2`,
    });
    families.query.push({
      name: `query ${p.name}=raw %00 and bad escape`,
      url: `${buildUrl(op, pathValues, encodeQuery(baseQuery))}${Object.keys(baseQuery).length ? '&' : '?'}${p.name}=%00%zz%C3%28`,
    });
    families.query.push({
      name: `query ${p.name} as object`,
      url: `${buildUrl(op, pathValues, encodeQuery(baseQuery))}${Object.keys(baseQuery).length ? '&' : '?'}${p.name}[a]=1`,
    });
  }
  if (queryParams.length) {
    const all: Record<string, string> = {};
    for (const p of queryParams) all[p.name] = slot(plausible(p.schema, rng, 0, root));
    families.query.push({
      name: 'query all params plausible',
      url: buildUrl(op, pathValues, encodeQuery(all)),
    });
    families.query.push({
      name: 'query page=1e12 pageSize=1e9',
      url: buildUrl(
        op,
        pathValues,
        encodeQuery({ ...baseQuery, page: '1000000000000', pageSize: '1000000000' }),
      ),
    });
  }
  families.query.push({
    name: 'query unknown param',
    url: `${baseUrl}${baseUrl.includes('?') ? '&' : '?'}zzz=${encodeURIComponent("' OR 1=1--")}`,
  });

  if (hasBody) families.body.push(...bodyVariants(op, baseUrl, baseBody, rng));

  const out: Variant[] = [];
  const keys = (['path', 'query', 'body'] as const).filter((k) => families[k].length);
  // One of each family first, then the rest drawn from the pool.
  for (const k of keys) out.push(...sample(rng, families[k], 1));
  const rest = keys.flatMap((k) => families[k]).filter((v) => !out.includes(v));
  out.push(...sample(rng, rest, Math.max(budget.perOperation - out.length, 0)));
  return out;
}

function bodyVariants(op: Operation, url: string, base: unknown, rng: Rng): Variant[] {
  const json = (name: string, body: unknown): Variant => ({
    name,
    url,
    headers: JSON_TYPE,
    payload: JSON.stringify(body),
  });
  const raw = (name: string, payload: string | Buffer, type = 'application/json'): Variant => ({
    name,
    url,
    headers: { 'content-type': type },
    payload,
  });
  const vs: Variant[] = [];
  const obj =
    base && typeof base === 'object' && !Array.isArray(base) ? (base as Record<string, unknown>) : null;
  const props = op.body?.properties ?? {};
  if (base !== undefined) vs.push(json('body plausible', base));
  if (obj) {
    for (const [k, schema] of Object.entries(props)) {
      vs.push(json(`body ${k} wrong type`, { ...obj, [k]: wrongTyped(schema, rng) }));
      vs.push(json(`body ${k} hostile string`, { ...obj, [k]: pick(rng, hostileStrings) }));
      vs.push(json(`body ${k} NUL`, { ...obj, [k]: `fuzz\u0000${k}` }));
      vs.push(json(`body ${k} hostile date`, { ...obj, [k]: pick(rng, hostileDates) }));
      vs.push(json(`body ${k} 100kB`, { ...obj, [k]: kB(100) }));
      vs.push(json(`body ${k} array 100k`, { ...obj, [k]: new Array(100_000).fill(1) }));
      vs.push(json(`body ${k} huge number`, { ...obj, [k]: 1e308 }));
      vs.push(json(`body ${k} negative`, { ...obj, [k]: -2_147_483_649 }));
      vs.push(
        json(`body ${k} past int4`, { ...obj, [k]: pick(rng, [2_147_483_648, 1e12, 9_007_199_254_740_991]) }),
      );
      vs.push(
        raw(`body ${k} nested 10000`, `{"${k}":${nestedJson(10_000, '{"a":', '}').replace(/\}$/, '1}')}}`),
      );
      if (op.body?.required?.includes(k)) {
        const { [k]: _dropped, ...rest } = obj;
        vs.push(json(`body ${k} dropped`, rest));
      }
    }
    vs.push(json('body unknown field', { ...obj, zzzUnknown: "' OR 1=1--", __proto__x: 1 }));
    vs.push(raw('body __proto__ key', `{"__proto__":{"isAdmin":true},${JSON.stringify(obj).slice(1)}`));
    vs.push(
      raw(
        'body invalid UTF-8 bytes',
        Buffer.concat([
          Buffer.from(JSON.stringify({ ...obj, zz: 'X' }).replace(/"X"/, '"')),
          Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]),
          Buffer.from('"}'),
        ]),
      ),
    );
    const firstString = Object.entries(props).find(([, s]) => s.type === 'string')?.[0];
    if (firstString) {
      const text = JSON.stringify({ ...obj, [firstString]: 'PLACEHOLDER' });
      const [before, after] = text.split('"PLACEHOLDER"') as [string, string];
      vs.push(
        raw(
          `body ${firstString} invalid UTF-8 bytes`,
          Buffer.concat([
            Buffer.from(`${before}"a`),
            Buffer.from([0xc0, 0xaf, 0x80, 0xf5]),
            Buffer.from(`b"${after}`),
          ]),
        ),
      );
      vs.push(raw(`body ${firstString} raw NUL byte`, Buffer.from(`${before}"a\u0000b"${after}`)));
      vs.push(json(`body ${firstString} >1MB`, { ...obj, [firstString]: kB(1100) }));
      vs.push(json(`body ${firstString} LIKE`, { ...obj, [firstString]: '%_\\%' }));
      vs.push(json(`body ${firstString} lone surrogate`, { ...obj, [firstString]: 'a\ud800b\udc00' }));
    }
  }
  vs.push(raw('body nested 10000 arrays', nestedJson(10_000)));
  vs.push(raw('body nested 10000 objects', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`));
  vs.push(json('body array 100k', new Array(100_000).fill({ a: 1 })));
  vs.push(json('body >1MB string', kB(1100)));
  vs.push(raw('body empty (JSON type)', ''));
  vs.push(raw('body malformed JSON', '{"a":'));
  vs.push(raw('body single quotes', "{'a':1}"));
  vs.push(raw('body trailing garbage', '{}garbage'));
  vs.push(raw('body NaN', 'NaN'));
  vs.push(raw('body null', 'null'));
  vs.push(raw('body number', '42'));
  vs.push(raw('body string', '"x"'));
  vs.push(raw('body array', '[]'));
  vs.push(raw('body text/plain', 'hello', 'text/plain'));
  vs.push(raw('body form', 'a=1&b=2', 'application/x-www-form-urlencoded'));
  vs.push(
    raw(
      'body multipart',
      '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
      'multipart/form-data; boundary=x',
    ),
  );
  vs.push(raw('body xml', '<a>1</a>', 'application/xml'));
  vs.push(raw('body JSON latin1 charset', JSON.stringify(base ?? {}), 'application/json; charset=latin1'));
  vs.push(raw('body vendor JSON type', JSON.stringify(base ?? {}), 'application/vnd.api+json'));
  vs.push({ name: 'body missing content type', url, payload: JSON.stringify(base ?? {}) });
  vs.push(
    raw('body csv garbage', Buffer.from([0xff, 0xfe, 0x00, 0x2c, 0x00, 0x0a, 0x22, 0x22, 0x22]), 'text/csv'),
  );
  return vs;
}

// The request generator of the OpenAPI fuzzer (fuzz.test.ts): reads the operations of the
// OpenAPI document, builds a plausible request for each from its schemas, then mutates it into
// malformed variants — hostile path and query values, bodies of the wrong shape, type and size,
// bytes that are not UTF-8, NULs, LIKE/SQL metacharacters, impossible dates and pages.
// Deterministic: every choice goes through a seeded PRNG, so a failure replays with its seed.

/** A JSON Schema node as @fastify/swagger writes it (only the keywords the generator reads). */
export interface JsonSchema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
}

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

export type Rng = () => number;

/** mulberry32: small, fast, good enough to pick test cases reproducibly. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;

/** Picks n distinct items (all of them when there are fewer). */
export function sample<T>(rng: Rng, xs: readonly T[], n: number): T[] {
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, n);
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

// --- hostile values ----------------------------------------------------------------------------

const kB = (n: number, ch = 'a') => ch.repeat(n * 1024);

/** Strings aimed at SQL, LIKE patterns, path handling and text encoding. */
export const hostileStrings: readonly string[] = [
  "' OR 1=1--",
  "'; drop table people; --",
  '%',
  '_',
  '\\',
  '%_\\',
  '100%',
  "O'Brien",
  '"',
  '../../../etc/passwd',
  '..',
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfffy',
  '🔥👩‍👩‍👧‍👦',
  'Nguyễn Văn Ấ',
  '<script>alert(1)</script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  '${7*7}{{7*7}}',
  ' ',
  '',
  'null',
  'undefined',
  '-1',
  '0',
  '1e309',
  'NaN',
  'Infinity',
  '99999999999999999999999999',
  '0x1F',
  '\n\r\t',
  kB(10),
];

/** Characters with a meaning in LIKE patterns and SQL, tried on every query parameter. */
const likeAndSql: readonly string[] = ['\\', 'a\\', '%_\\', "' OR 1=1--", '[a-z]%'];

/** Dates a form or a query could carry that are not real days (or are far out of range). */
export const hostileDates: readonly string[] = [
  '2026-13-45',
  '2026-02-30',
  '2026-02-29',
  '0000-01-01',
  '99999-01-01',
  '-000001-01-01',
  '31/02/2026',
  '2026-00-00',
  '2026-12-31T25:61:61Z',
  '1970-01-01T00:00:00+99:99',
  '275760-09-14',
  '2026-W01',
  '',
];

/** Values for page and pageSize style integers. */
export const hostileNumbers: readonly string[] = [
  '-1',
  '0',
  '1e12',
  '1e309',
  '9007199254740993',
  '2147483648',
  '1.5',
  'abc',
  '',
  '0x10',
  '  7  ',
  '-0',
  '1_000',
];

/** Path segments, written as they go on the wire (some deliberately not URL-encoded). */
const hostileSegments: readonly { label: string; raw: string }[] = [
  { label: 'non-uuid', raw: 'not-a-uuid' },
  { label: 'huge-number', raw: '99999999999999999999999999999' },
  { label: 'past-int4', raw: '2147483648' },
  { label: 'int-1e12', raw: '1000000000000' },
  { label: 'negative', raw: '-1' },
  { label: 'zero', raw: '0' },
  { label: 'float', raw: '1.5' },
  { label: 'dotdot', raw: '..%2F..%2Fetc%2Fpasswd' },
  { label: 'raw-dotdot', raw: '../..' },
  { label: 'nul-encoded', raw: '%00' },
  { label: 'sql', raw: encodeURIComponent("' OR 1=1--") },
  { label: 'percent-raw', raw: '%' },
  { label: 'percent-bad-escape', raw: '%zz' },
  { label: 'like-underscore', raw: '_' },
  { label: 'backslash', raw: encodeURIComponent('\\') },
  { label: 'emoji', raw: encodeURIComponent('🔥') },
  { label: 'invalid-utf8-escape', raw: '%C3%28' },
  { label: 'lone-surrogate-bytes', raw: '%ED%A0%80' },
  { label: '10kB', raw: kB(10) },
  { label: 'uuid-uppercase-nil', raw: 'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF' },
  { label: 'uuid-like-nonhex', raw: 'zzzzzzzz-zzzz-4zzz-8zzz-zzzzzzzzzzzz' },
];

// --- plausible values from a schema -------------------------------------------------------------

const patternSamples = [
  '2026-03-15',
  '2026-03-15T08:30:00Z',
  '0912345678',
  'fuzz@example.vn',
  '012345678901',
  '0102030405',
  'fuzz-sample',
  'six-pillars/1-1',
  'attainment',
  '2026-M3',
  '2026-03',
  '01',
  'fuzz_key',
  'aGVsbG8=',
  'abc',
];

const uuid = (rng: Rng) =>
  'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(rng() * 16).toString(16));

function resolve(schema: JsonSchema, root: unknown): JsonSchema {
  if (!schema.$ref?.startsWith('#/')) return schema;
  let node: unknown = root;
  for (const part of schema.$ref.slice(2).split('/')) node = (node as Record<string, unknown>)?.[part];
  return (node as JsonSchema) ?? {};
}

/** A value the schema accepts (as far as this small generator can tell). */
export function plausible(schema: JsonSchema, rng: Rng, depth = 0, root: unknown = null): unknown {
  const s = resolve(schema, root);
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return pick(rng, s.enum);
  const alts = s.anyOf ?? s.oneOf;
  if (alts?.length) {
    const nonNull = alts.filter((a) => a.type !== 'null');
    return plausible(pick(rng, nonNull.length ? nonNull : alts), rng, depth + 1, root);
  }
  if (s.allOf?.length) return plausible(s.allOf[0] as JsonSchema, rng, depth + 1, root);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'string': {
      if (s.format === 'uuid') return uuid(rng);
      if (s.format === 'date') return '2026-03-15';
      if (s.format === 'date-time') return '2026-03-15T08:30:00.000Z';
      if (s.format === 'email') return 'fuzz@example.vn';
      if (s.pattern) {
        const re = new RegExp(s.pattern, 'u');
        const hit = patternSamples.find((x) => re.test(x));
        if (hit) return hit;
      }
      const min = Math.max(s.minLength ?? 0, 5);
      const text = 'Chuỗi thử nghiệm fuzz '.repeat(Math.ceil(min / 20)).slice(0, Math.max(min, 5));
      return s.maxLength !== undefined ? text.slice(0, Math.max(s.maxLength, s.minLength ?? 0)) : text;
    }
    case 'integer':
    case 'number': {
      const lo = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
      const hi = Math.min(s.maximum ?? lo + 10, lo + 10);
      return Math.floor(lo + rng() * Math.max(hi - lo, 0));
    }
    case 'boolean':
      return rng() < 0.5;
    case 'array': {
      if (depth > 6) return [];
      const n = Math.max(s.minItems ?? 0, 1);
      return Array.from({ length: n }, () => plausible(s.items ?? {}, rng, depth + 1, root));
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      if (depth > 6) return out;
      for (const [k, v] of Object.entries(s.properties ?? {})) {
        if (s.required?.includes(k) || rng() < 0.6) out[k] = plausible(v, rng, depth + 1, root);
      }
      return out;
    }
    case 'null':
      return null;
    default:
      return 'fuzz';
  }
}

/** A value of another JSON type than the schema asks for. */
function wrongTyped(schema: JsonSchema, rng: Rng): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  const choices: unknown[] = [
    12345,
    -1.5,
    true,
    'texte',
    [],
    [1, 'a', null],
    { nested: { x: 1 } },
    1e308,
    -9_007_199_254_740_992,
  ];
  if (type !== 'null' && !schema.anyOf?.some((a) => a.type === 'null')) choices.push(null);
  const bad = choices.filter((c) => {
    const t = Array.isArray(c) ? 'array' : c === null ? 'null' : typeof c;
    if (type === 'integer' || type === 'number') return t !== 'number';
    return t !== type;
  });
  return pick(rng, bad.length ? bad : choices);
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

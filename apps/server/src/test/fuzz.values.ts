// The values of the OpenAPI fuzzer (fuzz.ts): a seeded PRNG, hostile strings, dates, numbers and
// path segments, and plausible or wrongly typed values made from a JSON Schema.

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

export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;

/** Picks n distinct items (all of them when there are fewer). */
export function sample<T>(rng: Rng, xs: readonly T[], n: number): T[] {
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, n);
}

// --- hostile values ----------------------------------------------------------------------------

export const kB = (n: number, ch = 'a') => ch.repeat(n * 1024);

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
export const likeAndSql: readonly string[] = ['\\', 'a\\', '%_\\', "' OR 1=1--", '[a-z]%'];

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
export const hostileSegments: readonly { label: string; raw: string }[] = [
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
export function wrongTyped(schema: JsonSchema, rng: Rng): unknown {
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

// The one global error handler: AppError, zod validation, malformed JSON and database
// constraint errors all leave as { error: { code, message, details? } } in the caller's language.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AppError,
  DATABASE_RETRY_AFTER_SECONDS,
  type ErrorDetail,
  errors,
  isDatabaseUnavailable,
  type Lang,
  translate,
} from '../errors.ts';

const zodLocales = { vi: z.locales.vi(), en: z.locales.en() };

export function requestLang(req: FastifyRequest): Lang {
  const header = req.headers['accept-language'];
  if (typeof header === 'string' && /^en\b/i.test(header.trim())) return 'en';
  return 'vi';
}

/** Custom schema messages are written "vi text|en text"; pick the caller's half. */
export function pickMessage(message: string, lang: Lang): string {
  const bar = message.indexOf('|');
  if (bar < 0) return message;
  return lang === 'vi' ? message.slice(0, bar) : message.slice(bar + 1);
}

function zodDetail(
  v: { keyword: string; instancePath: string; message?: string; params: object },
  lang: Lang,
) {
  const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const own = v.message ?? '';
  let message = own;
  if (!own.includes('|')) {
    const issue = { code: v.keyword, ...v.params, path: path.split('.'), message: own } as never;
    const localised = zodLocales[lang].localeError?.(issue);
    if (typeof localised === 'string') message = localised;
    else if (localised && typeof localised === 'object' && 'message' in localised)
      message = String(localised.message);
  }
  if (v.keyword === 'unrecognized_keys' && 'keys' in v.params) {
    const keys = (v.params as { keys: string[] }).keys;
    return keys.map((k) => ({
      path: path ? `${path}.${k}` : k,
      message: lang === 'vi' ? 'Trường không được hỗ trợ' : 'Unknown field',
    }));
  }
  return [{ path, message: pickMessage(message, lang) }];
}

function send(reply: FastifyReply, status: number, code: string, lang: Lang, details?: ErrorDetail[]) {
  const body: { error: { code: string; message: string; details?: ErrorDetail[] } } = {
    error: { code, message: translate(code, lang) },
  };
  if (details?.length)
    body.error.details = details.map((d) => ({ ...d, message: pickMessage(d.message, lang) }));
  return reply.status(status).type('application/json').send(body);
}

const pgConstraintCodes: Record<string, string> = {
  accounts_phone_key: 'PHONE_TAKEN',
  accounts_email_key: 'EMAIL_TAKEN',
  people_national_id_hash_key: 'NATIONAL_ID_TAKEN',
};

/** Codes for Fastify's own 4xx errors (over-long bodies, unknown routes, rate limits). */
const clientErrorCodes: Record<number, string> = {
  404: 'NOT_FOUND',
  413: 'BODY_TOO_LARGE',
  429: 'RATE_LIMITED',
};

// --- unstorable input (fuzzer, issue #14)
const UNSTORABLE_MESSAGE =
  'Chứa ký tự không hợp lệ (NUL hoặc mã Unicode lẻ).|Contains an invalid character (NUL or an unpaired Unicode surrogate).';

/** NUL, or a lone UTF-16 surrogate (it has no UTF-8 form; jsonb refuses its escape outright). */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorable = (s: string) => s.includes('\u0000') || loneSurrogate.test(s);

/**
 * The path of the first string (value or key) in parsed request input that PostgreSQL cannot store
 * — a NUL character or a lone surrogate — or null. No field of this API has a use for either.
 * Iterative, so a body nested thousands of levels deep cannot overflow the stack.
 */
export function findUnstorable(input: unknown, root: string): string | null {
  const stack: [unknown, string][] = [[input, root]];
  while (stack.length) {
    const [value, path] = stack.pop() as [unknown, string];
    if (typeof value === 'string') {
      if (unstorable(value)) return path;
    } else if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
      for (const [k, v] of Object.entries(value)) {
        const at = path ? `${path}.${k}` : k;
        if (unstorable(k)) return at;
        stack.push([v, at]);
      }
    }
  }
  return null;
}

/**
 * SQLSTATE classes that mean the input was out of what the database can hold: 22 (data exception:
 * invalid text, NUL byte, datetime or numeric out of range) and 54 (program limit exceeded, e.g.
 * a JSON value nested too deep). The schemas should refuse such input first; this is the net
 * under them, so it leaves as a 400 and not as an internal error.
 */
function isDataException(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false;
  const e = err as { code?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && /^(22|54)[0-9A-Z]{3}$/.test(e.code)) return true;
  return isDataException(e.cause, depth + 1);
}
// --- end unstorable input

/**
 * Fastify's own refusals before routing (`frameworkErrors` in app.ts): a path with a bad percent
 * escape or invalid UTF-8, a path segment longer than the router takes. Same shape as every error.
 */
export function frameworkErrors(err: { code?: string }, req: FastifyRequest, reply: FastifyReply) {
  const lang = requestLang(req);
  if (err.code === 'FST_ERR_BAD_URL') return send(reply, 400, 'MALFORMED_URL', lang);
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') return send(reply, 414, 'URL_TOO_LONG', lang);
  req.log.error({ err }, 'router error');
  return send(reply, 500, 'INTERNAL', lang);
}

/** `spa`: unknown GETs outside /api get the web app shell (client-side routes). */
export function registerErrorHandler(app: FastifyInstance, opts: { spa?: boolean } = {}) {
  // Before validation, so such text never reaches a handler, a LIKE pattern or the database.
  app.addHook('preValidation', async (req) => {
    for (const [part, value] of [
      ['params', req.params],
      ['query', req.query],
      ['body', req.body],
    ] as const) {
      const path = findUnstorable(value, '');
      if (path !== null) throw errors.validation([{ path: path || part, message: UNSTORABLE_MESSAGE }]);
    }
  });
  app.setErrorHandler((err: unknown, req, reply) => {
    const lang = requestLang(req);
    if (err instanceof AppError) {
      if (err.headers) reply.headers(err.headers);
      return send(reply, err.status, err.code, lang, err.details);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      return send(
        reply,
        400,
        'VALIDATION_FAILED',
        lang,
        err.validation.flatMap((v) => zodDetail(v, lang)),
      );
    }
    const e = err as { statusCode?: number; code?: string; constraint?: string; cause?: unknown };
    const dbErr = (e.cause && typeof e.cause === 'object' ? e.cause : e) as {
      code?: string;
      constraint?: string;
    };
    if (dbErr.code === '23505') {
      return send(reply, 409, pgConstraintCodes[dbErr.constraint ?? ''] ?? 'CONFLICT', lang);
    }
    if (dbErr.code === '23503') return send(reply, 400, 'VALIDATION_FAILED', lang);
    if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return send(reply, 415, 'UNSUPPORTED_MEDIA_TYPE', lang);
    if (e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || e.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
      return send(reply, 400, 'MALFORMED_BODY', lang);
    }
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
      return send(reply, e.statusCode, clientErrorCodes[e.statusCode] ?? 'MALFORMED_BODY', lang);
    }
    if (isDataException(err)) {
      req.log.warn({ err: (err as Error).message }, 'database refused a value');
      return send(reply, 400, 'INVALID_INPUT', lang);
    }
    if (isDatabaseUnavailable(err)) {
      // Fail fast with a clear, retryable answer; the pool reconnects once the database is back.
      req.log.warn({ err: (err as Error).message }, 'database unavailable');
      reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
      return send(reply, 503, 'DATABASE_UNAVAILABLE', lang);
    }
    req.log.error({ err }, 'unhandled error');
    return send(reply, 500, 'INTERNAL', lang);
  });
  app.setNotFoundHandler((req, reply) => {
    if (opts.spa && req.method === 'GET' && !req.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html', { maxAge: 0 });
    }
    return send(reply, 404, 'NOT_FOUND', requestLang(req));
  });
}

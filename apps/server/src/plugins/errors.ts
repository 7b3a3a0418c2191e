// The one global error handler: AppError, zod validation, malformed JSON and database
// constraint errors all leave as { error: { code, message, details? } } in the caller's language.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, type ErrorDetail, type Lang, translate } from '../errors.ts';

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

/** `spa`: unknown GETs outside /api get the web app shell (client-side routes). */
export function registerErrorHandler(app: FastifyInstance, opts: { spa?: boolean } = {}) {
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
      const code =
        e.statusCode === 404 ? 'NOT_FOUND' : e.statusCode === 429 ? 'RATE_LIMITED' : 'MALFORMED_BODY';
      return send(reply, e.statusCode, code, lang);
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

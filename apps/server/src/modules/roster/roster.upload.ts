// The raw file body of an upload. The rest of the API takes JSON only; this is allowed for the
// upload route alone, inside its own plugin scope: CSV, XLSX or plain bytes up to 30 MB, read
// only once the session, the CSRF token and the permission have been checked.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errors } from '../../errors.ts';
import { requireActor } from '../../plugins/auth.ts';

export const MAX_UPLOAD_BYTES = 30 * 1024 * 1024;

export const UPLOAD_TYPES = [
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
  // Windows labels .csv files with Excel's old type.
  'application/vnd.ms-excel',
];

const sameToken = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Session and CSRF token before the body is read (the global check runs later, after parsing). */
export async function checkBeforeBody(req: FastifyRequest) {
  const actor = requireActor(req);
  const sent = req.headers['x-csrf-token'];
  if (typeof sent !== 'string' || !sameToken(sent, actor.csrfToken)) throw errors.csrf();
}

/** Lets this plugin scope take file bodies instead of JSON. */
export function acceptFileBodies(scope: FastifyInstance) {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser(UPLOAD_TYPES, async (req: FastifyRequest, payload: NodeJS.ReadableStream) => {
    const declared = Number(req.headers['content-length']);
    if (declared > MAX_UPLOAD_BYTES) throw errors.payloadTooLarge();
    const parts: Buffer[] = [];
    let size = 0;
    for await (const part of payload) {
      const buf = part as Buffer;
      size += buf.length;
      if (size > MAX_UPLOAD_BYTES) throw errors.payloadTooLarge();
      parts.push(buf);
    }
    return Buffer.concat(parts);
  });
  // Anything else (JSON, forms, multipart) is answered with what to send instead.
  scope.addContentTypeParser('*', async () => {
    throw errors.importFileType();
  });
}

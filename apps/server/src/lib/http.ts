// Small helpers shared by route files.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';

export const requestMeta = (req: FastifyRequest) => ({ ip: req.ip ?? null, requestId: String(req.id) });

export const ErrorReply = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

/** Standard error responses documented on every authenticated route. */
export const errorResponses = {
  400: ErrorReply,
  401: ErrorReply,
  403: ErrorReply,
  404: ErrorReply,
  409: ErrorReply,
};

export const iso = (d: Date) => d.toISOString();

/** The platform's public address: LANTOA_PUBLIC_URL, else the address this request came in on. */
export const originOf = (ctx: { env: { publicUrl: string | undefined } }, req: FastifyRequest) =>
  ctx.env.publicUrl ?? `${req.protocol}://${req.host}`;

// HTTP for the commune map of the campaign dashboards: a province's communes/wards as one simplified
// GeoJSON FeatureCollection of { code, name } features (made by scripts/make-commune-map.mjs from
// the official boundaries). The files are static reference data, so each is read and compressed
// once and served from memory.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { errors } from '../../errors.ts';
import { errorResponses } from '../../lib/http.ts';
import { requireActor } from '../../plugins/auth.ts';

const geoDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../reference/vn-admin-units/geo',
);

export const GeoParams = z.object({ provinceCode: z.string().regex(/^\d{2}$/) }).strict();

/** Documents the reply; the cached text is sent as is, not re-serialised through this schema. */
export const CommuneMapReply = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({
        /** The official 5-digit commune code (units.code). */
        code: z.string(),
        name: z.string(),
      }),
      geometry: z.object({
        type: z.enum(['Polygon', 'MultiPolygon']),
        coordinates: z.array(z.unknown()),
      }),
    }),
  ),
});

interface CachedMap {
  json: string;
  gzip: Buffer;
}

// Absent files are remembered too: the set of files only changes with a deployment.
const cache = new Map<string, CachedMap | null>();

function communeMap(provinceCode: string): CachedMap | null {
  if (!cache.has(provinceCode)) {
    const file = path.join(geoDir, `${provinceCode}.json`);
    const json = existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
    cache.set(provinceCode, json === null ? null : { json, gzip: gzipSync(json, { level: 9 }) });
  }
  return cache.get(provinceCode) ?? null;
}

export function geoRoutes(app: FastifyInstance, _ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/monitoring/geo/:provinceCode',
    {
      schema: {
        tags: ['monitoring'],
        summary: "Simplified boundaries of a province's communes and wards (GeoJSON)",
        params: GeoParams,
        response: { 200: CommuneMapReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      requireActor(req);
      const map = communeMap(req.params.provinceCode);
      if (!map) throw errors.notFound('GEO_NOT_FOUND');
      // The cached JSON text goes out as is: no second serialisation of 6,000 coordinates.
      const raw = (reply as FastifyReply)
        .header('cache-control', 'private, max-age=86400')
        .header('vary', 'accept-encoding')
        .type('application/json; charset=utf-8');
      // About 120 KB of coordinates shrink to under a quarter: worth it for officers on a phone network.
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        return raw.header('content-encoding', 'gzip').send(map.gzip);
      }
      return raw.send(map.json);
    },
  );
}

// HTTP for administrative units. The official unit list is public reference data, so reading it
// needs no account (registration and public pages use it too).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { errors } from '../../errors.ts';
import { errorResponses } from '../../lib/http.ts';
import { offsetOf } from '../../lib/paging.ts';
import { foldVietnamese } from '../../lib/text.ts';
import * as repo from './units.repository.ts';
import { UnitDetailReply, UnitParams, UnitsQuery, UnitsReply } from './units.schemas.ts';

type Row = Awaited<ReturnType<typeof repo.listUnits>>['items'][number];
const present = ({ path: _path, ...u }: Row) => u;

export function unitRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['units'];

  r.get(
    '/api/units',
    {
      schema: {
        tags,
        summary: 'Browse or search administrative units',
        querystring: UnitsQuery,
        response: { 200: UnitsReply, ...errorResponses },
      },
    },
    async (req) => {
      const q = req.query;
      const parent = q.parentId ? await repo.getUnit(ctx.db, q.parentId) : undefined;
      if (q.parentId && !parent) throw errors.notFound('UNIT_NOT_FOUND');
      const result = await repo.listUnits(ctx.db, {
        parentId: q.parentId,
        parentPath: parent?.path,
        folded: q.q ? foldVietnamese(q.q) : undefined,
        type: q.type,
        includeHistoric: q.includeHistoric === 'true',
        limit: q.pageSize,
        offset: offsetOf(q),
      });
      return { items: result.items.map(present), total: result.total, page: q.page, pageSize: q.pageSize };
    },
  );

  r.get(
    '/api/units/:id',
    {
      schema: {
        tags,
        summary: 'A unit with its ancestors',
        params: UnitParams,
        response: { 200: UnitDetailReply, ...errorResponses },
      },
    },
    async (req) => {
      const unit = await repo.getUnit(ctx.db, req.params.id);
      if (!unit) throw errors.notFound('UNIT_NOT_FOUND');
      const ids = unit.path
        .split('/')
        .filter(Boolean)
        .map(Number)
        .filter((id) => id !== unit.id);
      const found = await repo.getUnitsByIds(ctx.db, ids);
      const ancestors = ids
        .map((id) => found.find((u) => u.id === id))
        .filter((u) => !!u)
        .map((u) => ({ id: u.id, name: u.name, fullName: u.fullName, type: u.type }));
      return { ...present(unit), ancestors };
    },
  );
}

// Official population figures entered one at a time in the console (a roster file does many): the
// denominators of the campaign targets — working-age people of a commune, officials of an agency —
// with their source and date. Same rule as the import: a commune's figure needs people.create
// there, an organisation's organisations.update on it.
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { errors } from '../../errors.ts';
import { errorResponses, requestMeta } from '../../lib/http.ts';
import { requireActor } from '../../plugins/auth.ts';
import { authorize } from '../access/access.policy.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { getOrganisation } from '../organisations/organisations.repository.ts';
import { upsertFigures } from '../roster/kinds/population.repository.ts';
import { figureKeys } from '../roster/kinds/population.ts';
import { getUnit } from '../units/units.repository.ts';
import { UnitId, UnitIdParam } from '../units/units.schemas.ts';
import { rowsOf } from './kpi.engine.ts';
import { populationKey } from './targets.schemas.ts';

const isoDay = z.iso.date('Ngày phải có dạng YYYY-MM-DD|The date must be YYYY-MM-DD');

const FigureView = z.object({
  key: z.string(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  value: z.number().int(),
  source: z.string(),
  asOf: z.string(),
});

const SetFigureBody = z
  .object({
    key: populationKey,
    unitId: UnitId.optional(),
    organisationId: z.uuid().optional(),
    value: z.number().int().min(0).max(200_000_000),
    source: z.string().trim().min(3, 'Ghi rõ nguồn số liệu|Say where the figure comes from').max(300),
    asOf: isoDay.refine((d) => d <= new Date().toISOString().slice(0, 10), {
      message: 'Ngày số liệu không thể ở tương lai|The date cannot be in the future',
    }),
  })
  .strict()
  .refine((b) => !!b.unitId !== !!b.organisationId, {
    message: 'Chọn một xã/phường hoặc một tổ chức|Choose one commune or one organisation',
    path: ['unitId'],
  });

/** The unit or organisation a figure is about, and the permission its officer needs. */
async function placeOf(db: Db, q: { unitId?: number; organisationId?: string }) {
  if (q.organisationId) {
    const org = await getOrganisation(db, q.organisationId);
    if (!org) throw errors.notFound('ORGANISATION_NOT_FOUND');
    return {
      placement: { unitPaths: [org.unitPath], organisationPath: org.path },
      write: 'organisations.update' as const,
    };
  }
  const unit = q.unitId ? await getUnit(db, q.unitId) : undefined;
  if (!unit) throw errors.notFound('UNIT_NOT_FOUND');
  return { placement: { unitPaths: [unit.path] }, write: 'people.create' as const, path: unit.path };
}

export function populationRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/monitoring/population-figures',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'Official population figures of a unit and the units below it, or of an organisation',
        querystring: z
          .object({
            unitId: UnitIdParam.optional(),
            organisationId: z.uuid().optional(),
          })
          .strict(),
        response: {
          200: z.object({
            keys: z.array(z.object({ key: z.string(), label: z.string() })),
            items: z.array(FigureView),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const place = await placeOf(ctx.db, req.query);
      authorize(actor, 'monitoring.read', place.placement);
      const where = req.query.organisationId
        ? sql`f.organisation_id = ${req.query.organisationId}::uuid`
        : sql`f.unit_id in (select id from units where path like ${`${place.path}%`})`;
      const rows = rowsOf<Record<string, unknown>>(
        await ctx.db.execute(sql`select f.key, f.unit_id, u.name as unit_name, f.organisation_id, o.name as organisation_name,
            f.value, f.source, f.as_of::text as as_of
          from population_figures f left join units u on u.id = f.unit_id left join organisations o on o.id = f.organisation_id
          where ${where} order by u.code nulls last, o.name, f.key limit 2000`),
      );
      return {
        keys: Object.entries(figureKeys).map(([key, label]) => ({ key, label })),
        items: rows.map((x) => ({
          key: String(x.key),
          unitId: x.unit_id === null ? null : Number(x.unit_id),
          unitName: (x.unit_name as string | null) ?? null,
          organisationId: (x.organisation_id as string | null) ?? null,
          organisationName: (x.organisation_name as string | null) ?? null,
          value: Number(x.value),
          source: String(x.source),
          asOf: String(x.as_of),
        })),
      };
    },
  );

  r.put(
    '/api/monitoring/population-figures',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'Enter or correct one official population figure (with its source and date)',
        body: SetFigureBody,
        response: { 200: z.object({ key: z.string(), value: z.number().int() }), ...errorResponses },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const b = req.body;
      const place = await placeOf(ctx.db, b);
      authorize(actor, place.write, place.placement);
      await ctx.db.transaction(async (tx) => {
        await upsertFigures(
          tx as Db,
          [
            {
              key: b.key,
              unitId: b.unitId ?? null,
              organisationId: b.organisationId ?? null,
              value: b.value,
              source: b.source,
              asOf: b.asOf,
            },
          ],
          actor.accountId,
        );
        await recordAudit(tx as Db, {
          actorAccountId: actor.accountId,
          action: 'population_figure.set',
          targetType: b.organisationId ? 'organisation' : 'unit',
          targetId: String(b.organisationId ?? b.unitId),
          details: { key: b.key, value: b.value, source: b.source, asOf: b.asOf },
          ...requestMeta(req),
        });
      });
      return { key: b.key, value: b.value };
    },
  );
}

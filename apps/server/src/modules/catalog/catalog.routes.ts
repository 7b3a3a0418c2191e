// HTTP for the catalogue: frameworks with their competences (draft descriptors flagged), modules,
// programmes and tracks. Published content is open to everyone (open learning repository).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { errors } from '../../errors.ts';
import { errorResponses } from '../../lib/http.ts';
import { offsetOf, Page, PageQuery } from '../../lib/paging.ts';
import * as repo from './catalog.repository.ts';

const FrameworkSummary = z.object({
  id: z.string(),
  version: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  kind: z.string(),
  source: z.unknown(),
});
const CompetenceReply = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  status: z.enum(['verified', 'draft']),
  description: z.string().nullable(),
  descriptors: z.unknown(),
  equivalents: z.array(z.string()),
});
const FrameworkReply = FrameworkSummary.extend({
  levels: z.unknown(),
  attainment: z.unknown(),
  areas: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      nameEn: z.string().nullable(),
      status: z.string(),
      competences: z.array(CompetenceReply),
    }),
  ),
});
const ModuleSummary = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string().nullable(),
  minutes: z.number().int(),
  level: z.string(),
  targetGroups: z.array(z.string()),
  competences: z.array(z.string()),
  questionCount: z.number().int(),
  version: z.number().int(),
});
const ModulesQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  competence: z.string().max(60).optional(),
  targetGroup: z.string().max(30).optional(),
  pack: z.string().max(60).optional(),
}).strict();

export function catalogRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['catalog'];

  r.get(
    '/api/catalog/frameworks',
    {
      schema: {
        tags,
        summary: 'Competence frameworks',
        response: { 200: z.object({ items: z.array(FrameworkSummary) }) },
      },
    },
    async () => ({
      items: (await repo.listFrameworks(ctx.db)).map(({ id, version, name, nameEn, kind, source }) => ({
        id,
        version,
        name,
        nameEn,
        kind,
        source,
      })),
    }),
  );

  r.get(
    '/api/catalog/frameworks/:id',
    {
      schema: {
        tags,
        summary: 'A framework with areas, competences and level descriptors',
        params: z.object({ id: z.string().max(60) }).strict(),
        response: { 200: FrameworkReply, ...errorResponses },
      },
    },
    async (req) => {
      const fw = await repo.getFramework(ctx.db, req.params.id);
      if (!fw) throw errors.notFound('FRAMEWORK_NOT_FOUND');
      return {
        id: fw.id,
        version: fw.version,
        name: fw.name,
        nameEn: fw.nameEn,
        kind: fw.kind,
        source: fw.source,
        levels: fw.levels,
        attainment: fw.attainment,
        areas: fw.areas.map((a) => ({
          code: a.code,
          name: a.name,
          nameEn: a.nameEn,
          status: a.status,
          competences: a.competences.map((c) => ({
            id: c.id,
            code: c.code,
            name: c.name,
            nameEn: c.nameEn,
            status: c.status as 'verified' | 'draft',
            description: c.description,
            descriptors: c.descriptors,
            equivalents: c.equivalents,
          })),
        })),
      };
    },
  );

  r.get(
    '/api/catalog/modules',
    {
      schema: {
        tags,
        summary: 'Published modules',
        querystring: ModulesQuery,
        response: { 200: Page(ModuleSummary), ...errorResponses },
      },
    },
    async (req) => {
      const q = req.query;
      const res = await repo.listCatalogModules(ctx.db, {
        q: q.q,
        competence: q.competence,
        targetGroup: q.targetGroup,
        packId: q.pack,
        limit: q.pageSize,
        offset: offsetOf(q),
      });
      return {
        items: res.items.map((m) => ({
          id: m.id,
          title: m.title,
          summary: m.summary,
          minutes: m.minutes,
          level: m.level,
          targetGroups: m.targetGroups,
          competences: m.competenceIds,
          questionCount: m.questionCount,
          version: m.currentVersion,
        })),
        total: res.total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  r.get(
    '/api/catalog/programmes',
    {
      schema: {
        tags,
        summary: 'Programmes with courses, and target-group tracks',
        response: {
          200: z.object({
            programmes: z.array(
              z.object({
                id: z.string(),
                title: z.string(),
                description: z.string().nullable(),
                courses: z.unknown(),
              }),
            ),
            tracks: z.array(
              z.object({
                id: z.string(),
                title: z.string(),
                targetGroups: z.array(z.string()),
                moduleIds: z.array(z.string()),
              }),
            ),
          }),
        },
      },
    },
    async () => {
      const { programmes, tracks } = await repo.listProgrammes(ctx.db);
      return {
        programmes: programmes.map(({ id, title, description, courses }) => ({
          id,
          title,
          description,
          courses,
        })),
        tracks: tracks.map(({ id, title, targetGroups, moduleIds }) => ({
          id,
          title,
          targetGroups,
          moduleIds,
        })),
      };
    },
  );
}

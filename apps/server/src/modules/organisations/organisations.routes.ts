// HTTP for organisations: validate → load → authorize → service → present.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { errorResponses, iso, requestMeta } from '../../lib/http.ts';
import { organisationTypeLabels } from '../../lib/labels.ts';
import { offsetOf } from '../../lib/paging.ts';
import { sendTable, type TableColumn } from '../../lib/table-export.ts';
import { foldVietnamese } from '../../lib/text.ts';
import { requireActor } from '../../plugins/auth.ts';
import { authorize, requirePermission, type Scope } from '../access/access.policy.ts';
import { resolvedScopeCondition, resolveScope } from '../access/access.sql.ts';
import * as repo from './organisations.repository.ts';
import {
  CreateOrganisationBody,
  OrganisationParams,
  OrganisationReply,
  OrganisationsExportQuery,
  OrganisationsQuery,
  type OrganisationsQueryT,
  OrganisationsReply,
  UpdateOrganisationBody,
} from './organisations.schemas.ts';
import { createOrganisation, loadOrganisation, updateOrganisation } from './organisations.service.ts';

type View = NonNullable<Awaited<ReturnType<typeof repo.getOrganisation>>>;

export function presentOrganisation(o: View) {
  return {
    id: o.id,
    name: o.name,
    type: o.type,
    unitId: o.unitId,
    unitName: o.unitName,
    parentId: o.parentId,
    parentName: o.parentName ?? null,
    taxCode: o.taxCode,
    address: o.address,
    workerCount: o.workerCount,
    createdAt: iso(o.createdAt),
    updatedAt: iso(o.updatedAt),
  };
}

const ORGANISATION_COLUMNS: TableColumn[] = [
  { key: 'name', header: 'Tên cơ quan, tổ chức', width: 36 },
  { key: 'type', header: 'Loại', width: 22 },
  { key: 'unitName', header: 'Xã, phường', width: 24 },
  { key: 'parentName', header: 'Trực thuộc', width: 30 },
  { key: 'taxCode', header: 'Mã số thuế' },
  { key: 'address', header: 'Địa chỉ', width: 30 },
  { key: 'workerCount', header: 'Số lao động', type: 'number' },
];

export function organisationRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['organisations'];

  const organisationFilter = async (q: Omit<OrganisationsQueryT, 'page' | 'pageSize'>, scope: Scope) => ({
    scope: resolvedScopeCondition(
      await resolveScope(ctx.db, scope),
      '"organisations"."unit_id"',
      '"organisations"."id"',
    ),
    folded: q.q ? foldVietnamese(q.q) : undefined,
    type: q.type,
    unitId: q.unitId,
    parentId: q.parentId,
    sort: q.sort,
  });

  r.get(
    '/api/organisations',
    {
      schema: {
        tags,
        summary: 'List organisations in my scope',
        querystring: OrganisationsQuery,
        response: { 200: OrganisationsReply, ...errorResponses },
      },
    },
    async (req) => {
      const q = req.query;
      const result = await repo.listOrganisations(ctx.db, {
        ...(await organisationFilter(q, requirePermission(requireActor(req), 'organisations.read'))),
        limit: q.pageSize,
        offset: offsetOf(q),
      });
      return {
        items: result.items.map(presentOrganisation),
        total: result.total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  r.get(
    '/api/organisations/export',
    {
      schema: {
        tags,
        summary: 'Export the organisations list (same filters, up to 10,000 rows) as CSV or XLSX',
        querystring: OrganisationsExportQuery,
      },
    },
    async (req, reply) => {
      const { format, ...q } = req.query;
      const filter = await organisationFilter(q, requirePermission(requireActor(req), 'organisations.read'));
      const result = await repo.listOrganisations(ctx.db, { ...filter, limit: 10_000, offset: 0 });
      const rows = result.items.map((o) => ({
        name: o.name,
        type: organisationTypeLabels[o.type]?.label ?? o.type,
        unitName: o.unitName,
        parentName: o.parentName,
        taxCode: o.taxCode,
        address: o.address,
        workerCount: o.workerCount,
      }));
      return sendTable(reply, format, 'danh-sach-co-quan-to-chuc', ORGANISATION_COLUMNS, rows);
    },
  );

  r.get(
    '/api/organisations/:id',
    {
      schema: {
        tags,
        summary: 'Get an organisation',
        params: OrganisationParams,
        response: { 200: OrganisationReply, ...errorResponses },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const org = await loadOrganisation(ctx.db, req.params.id);
      authorize(actor, 'organisations.read', { unitPaths: [org.unitPath], organisationPath: org.path });
      return presentOrganisation(org);
    },
  );

  r.post(
    '/api/organisations',
    {
      schema: {
        tags,
        summary: 'Create an organisation',
        body: CreateOrganisationBody,
        response: { 201: OrganisationReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      const org = await createOrganisation(ctx, requireActor(req), req.body, requestMeta(req));
      return reply.status(201).send(presentOrganisation(org));
    },
  );

  r.patch(
    '/api/organisations/:id',
    {
      schema: {
        tags,
        summary: 'Update an organisation',
        params: OrganisationParams,
        body: UpdateOrganisationBody,
        response: { 200: OrganisationReply, ...errorResponses },
      },
    },
    async (req) => {
      const org = await updateOrganisation(ctx, requireActor(req), req.params.id, req.body, requestMeta(req));
      return presentOrganisation(org);
    },
  );
}

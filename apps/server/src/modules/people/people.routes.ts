// HTTP for people: list/search in scope, enrol, view, edit, give a login; and my own profile.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { AppError, errors } from '../../errors.ts';
import { errorResponses, iso, requestMeta } from '../../lib/http.ts';
import { genderLabels, type LabelMap, targetGroupLabels, vulnerabilityLabels } from '../../lib/labels.ts';
import { offsetOf } from '../../lib/paging.ts';
import { sendTable, type TableColumn } from '../../lib/table-export.ts';
import { foldVietnamese, normalisePhone } from '../../lib/text.ts';
import { requireActor } from '../../plugins/auth.ts';
import { authorize, requirePermission, type Scope } from '../access/access.policy.ts';
import { resolvedScopeCondition, resolveScope } from '../access/access.sql.ts';
import { auditedPeopleFilters, PERSON_RECORD_VIEW } from '../audit/audit.people.ts';
import { recordAudit, recordAuditQuickly } from '../audit/audit.repository.ts';
import { findAccount, updateAccountLogins } from '../identity/identity.repository.ts';
import { createAccountForPerson } from '../identity/identity.service.ts';
import { subtreeUnitIds } from '../units/units.repository.ts';
import * as repo from './people.repository.ts';
import {
  CreatePersonAccountBody,
  CreatePersonBody,
  PeopleExportQuery,
  PeopleQuery,
  type PeopleQueryT,
  PeopleReply,
  PersonParams,
  PersonReply,
  UpdateMeBody,
  UpdatePersonBody,
} from './people.schemas.ts';
import { changesFrom, createPerson, loadPerson, placementOf, updatePersonRecord } from './people.service.ts';

export function presentPerson(p: repo.PersonView) {
  return {
    id: p.id,
    fullName: p.fullName,
    birthDate: p.birthDate,
    birthYear: p.birthYear,
    gender: p.gender,
    phone: p.phone,
    email: p.email,
    nationalIdMasked: p.nationalIdLast4 ? `••••••••${p.nationalIdLast4}` : null,
    unitId: p.unitId,
    unitName: p.unitName ?? null,
    organisationId: p.organisationId,
    organisationName: p.organisationName ?? null,
    householdId: p.householdId,
    targetGroups: p.targetGroups as never[],
    vulnerabilities: p.vulnerabilities as never[],
    hasAccount: p.hasAccount,
    erasedAt: p.erasedAt ? iso(p.erasedAt) : null,
    createdAt: iso(p.createdAt),
    updatedAt: iso(p.updatedAt),
  };
}

const label = (labels: LabelMap<string>, v: string) => labels[v]?.label ?? v;

const PEOPLE_COLUMNS: TableColumn[] = [
  { key: 'fullName', header: 'Họ và tên', width: 28 },
  { key: 'birthYear', header: 'Năm sinh', type: 'number' },
  { key: 'gender', header: 'Giới tính' },
  { key: 'phone', header: 'Số điện thoại' },
  { key: 'email', header: 'Email' },
  { key: 'nationalId', header: 'Số CCCD (che)' },
  { key: 'unitName', header: 'Xã, phường', width: 24 },
  { key: 'organisationName', header: 'Cơ quan, tổ chức', width: 30 },
  { key: 'targetGroups', header: 'Nhóm đối tượng', width: 26 },
  { key: 'vulnerabilities', header: 'Nhóm yếu thế', width: 20 },
  { key: 'hasAccount', header: 'Có tài khoản học' },
];

const personRow = (p: repo.PersonView) => ({
  fullName: p.fullName,
  birthYear: p.birthYear,
  gender: p.gender ? label(genderLabels, p.gender) : '',
  phone: p.phone,
  email: p.email,
  // Exports carry the same masked number as the screen, never the full one.
  nationalId: p.nationalIdLast4 ? `••••••••${p.nationalIdLast4}` : '',
  unitName: p.unitName,
  organisationName: p.organisationName,
  targetGroups: p.targetGroups.map((g) => label(targetGroupLabels, g)).join('; '),
  vulnerabilities: p.vulnerabilities.map((v) => label(vulnerabilityLabels, v)).join('; '),
  hasAccount: p.hasAccount ? 'Có' : 'Không',
});

export function peopleRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['people'];

  /** The list's filters in the caller's scope (shared by the list and its export). */
  const peopleFilter = async (
    q: PeopleQueryT,
    scope: Scope,
  ): Promise<Omit<repo.PeopleFilter, 'limit' | 'offset'>> => {
    const phone = q.q ? normalisePhone(q.q) : null;
    const resolved = await resolveScope(ctx.db, scope);
    const unitIds = q.unitId ? await subtreeUnitIds(ctx.db, q.unitId) : undefined;
    // Residents of a requested subtree that lies wholly in the caller's units are in scope: the
    // scope condition adds nothing there but a costlier plan.
    const inScope = new Set(resolved.unitIds);
    const covered = !!unitIds && (resolved.all || unitIds.every((id) => inScope.has(id)));
    const fewUnits = !resolved.all && !resolved.organisationIds.length && resolved.unitIds.length <= 10;
    return {
      scope: covered
        ? undefined
        : resolvedScopeCondition(resolved, '"people"."unit_id"', '"people"."organisation_id"'),
      scopeUnits: !covered && fewUnits && resolved.unitIds.length ? resolved.unitIds : undefined,
      phone: phone ?? undefined,
      folded: q.q && !phone ? foldVietnamese(q.q) : undefined,
      nationalIdHash: q.nationalId ? ctx.secrets.keyedHash(q.nationalId) : undefined,
      unitIds,
      organisationId: q.organisationId,
      targetGroup: q.targetGroup,
      vulnerability: q.vulnerability,
      sort: q.sort,
    };
  };

  r.get(
    '/api/people',
    {
      schema: {
        tags,
        summary: 'List and search people in my scope (diacritic-insensitive)',
        querystring: PeopleQuery,
        response: { 200: PeopleReply, ...errorResponses },
      },
    },
    async (req) => {
      const q = req.query;
      const actor = requireActor(req);
      const filter = await peopleFilter(req.query, requirePermission(actor, 'people.read'));
      // One audit row per search, written alongside the query so it adds no wait.
      const [result] = await Promise.all([
        repo.listPeople(ctx.db, { ...filter, limit: q.pageSize, offset: offsetOf(q) }),
        recordAuditQuickly(ctx.db, {
          actorAccountId: actor.accountId,
          action: 'people.searched',
          targetType: 'person',
          targetId: null,
          details: { filter: auditedPeopleFilters(q) },
          ...requestMeta(req),
        }),
      ]);
      return {
        items: result.items.map(presentPerson),
        total: result.total,
        totalCapped: result.totalCapped,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  r.get(
    '/api/people/export',
    {
      schema: {
        tags,
        summary: 'Export the people list (same filters, in its order, up to 10,000 rows) as CSV or XLSX',
        querystring: PeopleExportQuery,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { format, ...q } = req.query;
      const filter = await peopleFilter(
        { ...q, page: 1, pageSize: 100 },
        requirePermission(actor, 'people.read'),
      );
      const result = await repo.listPeople(ctx.db, { ...filter, limit: repo.COUNT_CAP, offset: 0 });
      // Personal data leaving the platform: who took which list, and how many rows.
      await recordAudit(ctx.db, {
        actorAccountId: actor.accountId,
        action: 'people.exported',
        targetType: 'person',
        targetId: null,
        details: { filter: auditedPeopleFilters(q), format, rows: result.items.length },
        ...requestMeta(req),
      });
      return sendTable(reply, format, 'danh-sach-nguoi', PEOPLE_COLUMNS, result.items.map(personRow));
    },
  );

  r.get(
    '/api/people/:id',
    {
      schema: {
        tags,
        summary: 'Get a person',
        params: PersonParams,
        response: { 200: PersonReply, ...errorResponses },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const person = await loadPerson(ctx.db, req.params.id);
      if (person.id !== actor.personId) {
        authorize(actor, 'people.read', placementOf(person));
        // An officer opened someone's record: who, whose, which view (never the data itself).
        await recordAudit(ctx.db, {
          actorAccountId: actor.accountId,
          action: 'person.viewed',
          targetType: 'person',
          targetId: person.id,
          details: { view: PERSON_RECORD_VIEW },
          ...requestMeta(req),
        });
      }
      return presentPerson(person);
    },
  );

  r.post(
    '/api/people',
    {
      schema: {
        tags,
        summary: 'Enrol a person',
        body: CreatePersonBody,
        response: { 201: PersonReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      const person = await createPerson(ctx, requireActor(req), req.body, requestMeta(req));
      return reply.status(201).send(presentPerson(person));
    },
  );

  r.patch(
    '/api/people/:id',
    {
      schema: {
        tags,
        summary: 'Update a person',
        params: PersonParams,
        body: UpdatePersonBody,
        response: { 200: PersonReply, ...errorResponses },
      },
    },
    async (req) =>
      presentPerson(
        await updatePersonRecord(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
      ),
  );

  r.post(
    '/api/people/:id/account',
    {
      schema: {
        tags,
        summary: 'Give a person a login (phone or email) of their own',
        params: PersonParams,
        body: CreatePersonAccountBody,
        response: { 201: PersonReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const person = await loadPerson(ctx.db, req.params.id);
      authorize(actor, 'accounts.create', placementOf(person));
      if (person.erasedAt) throw new AppError(409, 'PERSON_ERASED');
      const account = await createAccountForPerson(ctx, person.id, req.body, actor.accountId);
      await recordAudit(ctx.db, {
        actorAccountId: actor.accountId,
        action: 'account.create',
        targetType: 'account',
        targetId: account.id,
        details: { personId: person.id },
        ...requestMeta(req),
      });
      return reply.status(201).send(presentPerson(await loadPerson(ctx.db, person.id)));
    },
  );

  r.get(
    '/api/me',
    { schema: { tags: ['me'], summary: 'My profile', response: { 200: PersonReply, ...errorResponses } } },
    async (req) => presentPerson(await loadPerson(ctx.db, requireActor(req).personId)),
  );

  r.patch(
    '/api/me',
    {
      schema: {
        tags: ['me'],
        summary: 'Update my profile',
        body: UpdateMeBody,
        response: { 200: PersonReply, ...errorResponses },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const account = await findAccount(ctx.db, actor.accountId);
      const phoneAfter = req.body.phone === undefined ? account?.phone : req.body.phone;
      const emailAfter = req.body.email === undefined ? account?.email : req.body.email;
      if (!phoneAfter && !emailAfter) {
        // The phone or email is the sign-in name: at least one must remain.
        throw errors.validation([
          {
            path: 'phone',
            message:
              'Cần giữ ít nhất số điện thoại hoặc email để đăng nhập|Keep a phone number or an email to sign in with',
          },
        ]);
      }
      await ctx.db.transaction(async (tx) => {
        await repo.updatePerson(tx as Db, actor.personId, changesFrom(ctx, req.body));
        // The login follows the profile: a changed phone or email is the new sign-in name.
        const logins: { phone?: string | null; email?: string | null } = {};
        if (req.body.phone !== undefined)
          logins.phone = req.body.phone ? normalisePhone(req.body.phone) : null;
        if (req.body.email !== undefined)
          logins.email = req.body.email ? req.body.email.trim().toLowerCase() : null;
        if (Object.keys(logins).length) await updateAccountLogins(tx as Db, actor.accountId, logins);
      });
      return presentPerson(await loadPerson(ctx.db, actor.personId));
    },
  );
}

// Which place of a campaign a request looks at, and whether the caller may: a unit of the
// campaign's subtree or an organisation located there, always inside the caller's scope. Without
// an explicit place, the widest one the caller sees.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { errors } from '../../errors.ts';
import {
  type Actor,
  authorize,
  type Permission,
  requirePermission,
  type Scope,
  scopeCovers,
} from '../access/access.policy.ts';
import { getOrganisation } from '../organisations/organisations.repository.ts';
import { getUnit } from '../units/units.repository.ts';
import { rowsOf } from './kpi.engine.ts';
import type { Place } from './monitoring.repository.ts';

export interface CampaignRow {
  id: string;
  name: string;
  nameEn: string | null;
  unitId: number;
  unitPath: string;
  unitName: string;
  issuingBody: string | null;
  startsOn: string;
  endsOn: string;
  status: string;
  templateId: string | null;
  reference: string | null;
}

export interface ResolvedPlace {
  place: Place;
  kind: 'unit' | 'organisation';
  id: string;
  name: string;
  code: string | null;
  /** The unit itself for unit places (its figures), the organisation's unit otherwise. */
  unitId: number;
  /** From the campaign's unit down to this place, for breadcrumbs; `open`: the caller may look there. */
  trail: { kind: 'unit' | 'organisation'; id: string; name: string; open: boolean }[];
  /** Units below this one (a province's communes); 0 for a commune or an organisation. */
  children: number;
}

const run = async <T>(db: Db, q: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(q));

export async function loadCampaign(db: Db, id: string): Promise<CampaignRow> {
  const [c] = await run<Record<string, unknown>>(
    db,
    sql`select c.id, c.name, c.name_en, c.unit_id, u.path as unit_path, u.name as unit_name, c.issuing_body,
          c.starts_on::text as starts_on, c.ends_on::text as ends_on, c.status, c.template_id, t.reference
        from campaigns c join units u on u.id = c.unit_id left join campaign_templates t on t.id = c.template_id
        where c.id = ${id}`,
  );
  if (!c) throw errors.notFound('CAMPAIGN_NOT_FOUND');
  return {
    id: String(c.id),
    name: String(c.name),
    nameEn: (c.name_en as string | null) ?? null,
    unitId: Number(c.unit_id),
    unitPath: String(c.unit_path),
    unitName: String(c.unit_name),
    issuingBody: (c.issuing_body as string | null) ?? null,
    startsOn: String(c.starts_on),
    endsOn: String(c.ends_on),
    status: String(c.status),
    templateId: (c.template_id as string | null) ?? null,
    reference: (c.reference as string | null) ?? null,
  };
}

/** Current units of a subtree (the unit itself included). */
export async function subtreeUnitIds(db: Db, path: string): Promise<number[]> {
  const rows = await run<{ id: number }>(
    db,
    sql`select id from units where path like ${`${path}%`} and valid_to is null`,
  );
  return rows.map((r) => Number(r.id));
}

async function unitTrail(db: Db, campaign: CampaignRow, path: string, scope: Scope) {
  const ids = path.split('/').filter(Boolean).map(Number);
  const rows = await run<{ id: number; name: string; path: string }>(
    db,
    sql`select id, name, path from units where id = any(${`{${ids.join(',')}}`}::int[]) order by depth`,
  );
  return rows
    .filter((u) => u.path.startsWith(campaign.unitPath))
    .map((u) => ({
      kind: 'unit' as const,
      id: String(u.id),
      name: u.name,
      open: scopeCovers(scope, { unitPaths: [u.path] }),
    }));
}

async function childCount(db: Db, unitId: number) {
  const [r] = await run<{ n: number }>(
    db,
    sql`select count(*)::int as n from units where parent_id = ${unitId} and valid_to is null`,
  );
  return Number(r?.n ?? 0);
}

/**
 * The place to show. The caller needs `permission` over it; a place outside the campaign is not
 * found. Without one: the campaign's unit when the caller sees it, else the caller's own unit or
 * organisation inside the campaign.
 */
export async function resolvePlace(
  db: Db,
  actor: Actor,
  campaign: CampaignRow,
  q: { unitId?: number; organisationId?: string },
  permission: Permission = 'monitoring.read',
): Promise<ResolvedPlace> {
  const scope = requirePermission(actor, permission);
  if (q.organisationId) {
    const org = await getOrganisation(db, q.organisationId);
    if (!org || !org.unitPath?.startsWith(campaign.unitPath)) throw errors.notFound('ORGANISATION_NOT_FOUND');
    authorize(actor, permission, { unitPaths: [org.unitPath], organisationPath: org.path });
    const orgIds = await run<{ id: string }>(
      db,
      sql`select id from organisations where path like ${`${org.path}%`}`,
    );
    return {
      place: { kind: 'organisation', organisationIds: orgIds.map((r) => r.id) },
      kind: 'organisation',
      id: org.id,
      name: org.name,
      code: org.taxCode ?? null,
      unitId: org.unitId,
      trail: [
        ...(await unitTrail(db, campaign, org.unitPath, scope)),
        { kind: 'organisation', id: org.id, name: org.name, open: true },
      ],
      children: 0,
    };
  }
  let unitId = q.unitId;
  if (!unitId) {
    const inCampaign = scope.unitPaths.filter((p) => p.startsWith(campaign.unitPath));
    const covers = scope.all || scope.unitPaths.some((p) => campaign.unitPath.startsWith(p));
    if (covers) unitId = campaign.unitId;
    else if (inCampaign.length) unitId = Number(inCampaign[0]?.split('/').filter(Boolean).pop());
    else if (scope.organisationPaths.length) {
      const orgId = scope.organisationPaths[0]?.split('/').filter(Boolean).pop() as string;
      return resolvePlace(db, actor, campaign, { organisationId: orgId }, permission);
    } else throw errors.outOfScope();
  }
  const unit = await getUnit(db, unitId);
  if (!unit || !unit.path.startsWith(campaign.unitPath)) throw errors.notFound('UNIT_NOT_FOUND');
  authorize(actor, permission, { unitPaths: [unit.path] });
  return {
    place: { kind: 'unit', unitIds: await subtreeUnitIds(db, unit.path) },
    kind: 'unit',
    id: String(unit.id),
    name: unit.name,
    code: unit.code,
    unitId: unit.id,
    trail: await unitTrail(db, campaign, unit.path, scope),
    children: await childCount(db, unit.id),
  };
}

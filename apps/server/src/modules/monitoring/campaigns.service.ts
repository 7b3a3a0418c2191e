// Campaigns: made for a place from a template of the content packs (its targets copied, so a
// later pack change never rewrites a running campaign), listed for whoever's scope meets them,
// their targets' share and deadline adjustable, their KPIs rebuilt in the background.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { campaigns, campaignTargets } from '../../db/schema/index.ts';
import { errors } from '../../errors.ts';
import { type Actor, authorize, scopeOf } from '../access/access.policy.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { RequestMeta } from '../people/people.service.ts';
import { getUnit } from '../units/units.repository.ts';
import { compileContext, loadTargets, rebuildTarget, rowsOf } from './kpi.engine.ts';
import { CampaignTemplate, type TemplateTargetT } from './targets.schemas.ts';

export async function listTemplates(db: Db) {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`select id, name, name_en, reference, issuing_body, starts_on::text as starts_on,
      ends_on::text as ends_on, targets from campaign_templates order by position`),
  );
  return rows.map((r) =>
    CampaignTemplate.parse({
      id: r.id,
      name: r.name,
      ...(r.name_en ? { nameEn: r.name_en } : {}),
      reference: r.reference,
      ...(r.issuing_body ? { issuingBody: r.issuing_body } : {}),
      starts: r.starts_on,
      ends: r.ends_on,
      targets: r.targets,
    }),
  );
}

/** Campaigns whose place meets the caller's monitoring scope (above it or inside it). */
export async function listCampaigns(db: Db, actor: Actor) {
  const scope = scopeOf(actor, 'monitoring.read');
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`select c.id, c.name, c.name_en, c.status, c.starts_on::text as starts_on,
        c.ends_on::text as ends_on, c.unit_id, u.name as unit_name, u.path,
        (select count(*)::int from campaign_targets t where t.campaign_id = c.id) as targets
      from campaigns c join units u on u.id = c.unit_id order by c.status, c.ends_on desc, c.name`),
  );
  const orgUnitPaths = scope.organisationPaths.length
    ? rowsOf<{ path: string }>(
        await db.execute(sql`select u.path from organisations o join units u on u.id = o.unit_id
          where o.path = any(${`{${scope.organisationPaths.map((p) => `"${p}"`).join(',')}}`}::text[])`),
      ).map((r) => r.path)
    : [];
  const paths = [...scope.unitPaths, ...orgUnitPaths];
  return rows
    .filter((r) => {
      const p = String(r.path);
      return scope.all || paths.some((s) => s.startsWith(p) || p.startsWith(s));
    })
    .map((r) => ({
      id: String(r.id),
      name: String(r.name),
      nameEn: (r.name_en as string | null) ?? null,
      status: String(r.status) as 'active' | 'closed',
      startsOn: String(r.starts_on),
      endsOn: String(r.ends_on),
      unitId: Number(r.unit_id),
      unitName: String(r.unit_name),
      targets: Number(r.targets),
    }));
}

export interface CreateCampaignInput {
  templateId: string;
  unitId: number;
  id?: string;
  name?: string;
  startsOn?: string;
  endsOn?: string;
}

const targetRow = (campaignId: string, t: TemplateTargetT, position: number) => ({
  id: `${campaignId}:${t.code}`,
  campaignId,
  code: t.code,
  title: t.title,
  titleEn: t.titleEn ?? null,
  subject: t.subject,
  population: t.population,
  achievement: t.achievement,
  targetShare: t.share,
  dueOn: t.due,
  denominatorKey: t.denominator ?? null,
  position,
  notes: t.notes ?? null,
});

/** Makes a campaign from a template for a unit in the caller's scope. Its KPIs are not built yet. */
export async function createCampaign(
  db: Db,
  actor: Actor | null,
  input: CreateCampaignInput,
  meta: RequestMeta | null,
) {
  const template = (await listTemplates(db)).find((t) => t.id === input.templateId);
  if (!template) throw errors.notFound('CAMPAIGN_TEMPLATE_NOT_FOUND');
  const unit = await getUnit(db, input.unitId);
  if (!unit) throw errors.notFound('UNIT_NOT_FOUND');
  if (actor) authorize(actor, 'campaigns.manage', { unitPaths: [unit.path] });
  const id = input.id ?? `${template.id}-${unit.code}`;
  const startsOn = input.startsOn ?? template.starts;
  const endsOn = input.endsOn ?? template.ends;
  if (endsOn < startsOn)
    throw errors.validation([
      { path: 'endsOn', message: 'Ngày kết thúc trước ngày bắt đầu|The end is before the start' },
    ]);
  return db.transaction(async (tx) => {
    const d = tx as Db;
    const [exists] = rowsOf(await d.execute(sql`select 1 from campaigns where id = ${id}`));
    if (exists) throw errors.conflict('CAMPAIGN_EXISTS');
    await d.insert(campaigns).values({
      id,
      templateId: template.id,
      name: input.name ?? `${template.name} – ${unit.name}`,
      nameEn: template.nameEn ?? null,
      unitId: unit.id,
      issuingBody: template.issuingBody ?? null,
      startsOn,
      endsOn,
      createdBy: actor?.accountId ?? null,
    });
    await d.insert(campaignTargets).values(template.targets.map((t, i) => targetRow(id, t, i)));
    if (actor && meta)
      await recordAudit(d, {
        actorAccountId: actor.accountId,
        action: 'campaign.create',
        targetType: 'campaign',
        targetId: id,
        details: { templateId: template.id, unitId: unit.id },
        ...meta,
      });
    return { id };
  });
}

/** Recomputes every target of a campaign from scratch (a new campaign; `lantoa kpi rebuild`). */
export async function rebuildCampaign(db: Db, campaignId: string, now = new Date()) {
  const targets = await loadTargets(db, campaignId);
  const c = await compileContext(db, now);
  const timings: { target: string; ms: number }[] = [];
  for (const t of targets) {
    const started = performance.now();
    await rebuildTarget(db, t, c, { backfill: true, now });
    timings.push({ target: t.id, ms: Math.round(performance.now() - started) });
  }
  // Millions of new rows: plan the dashboards' queries on fresh statistics, not on empty tables.
  await db.execute(sql`analyze kpi_subjects, kpi_counts, kpi_organisation_counts, kpi_history`);
  return timings;
}

// Background builds run one after another in this process (a build reads the whole place).
let builds: Promise<unknown> = Promise.resolve();

/** Queues a campaign's first build; failures are reported to `onError`, never thrown. */
export function scheduleRebuild(db: Db, campaignId: string, onError: (err: unknown) => void) {
  builds = builds.then(() => rebuildCampaign(db, campaignId)).catch(onError);
  return builds;
}

/** Resolves when every queued build has finished (tests, shutdown). */
export const buildsIdle = () => builds;

// The campaign dashboard's figures: every target of a campaign for a place (value against target,
// status, trend), and one target broken down by child unit, target group or organisation. Read
// from the rollups and their history; official population figures replace roster counts where
// a place has them.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { addDays, vnDay } from './calendar.ts';
import { rowsOf } from './kpi.engine.ts';
import { expectedShare, targetStatus } from './kpi.status.ts';
import * as repo from './monitoring.repository.ts';
import type { CampaignRow, ResolvedPlace } from './place.ts';
import type { TargetStatus } from './report.types.ts';

export interface TargetRow {
  id: string;
  code: string;
  title: string;
  titleEn: string | null;
  subject: 'person' | 'household' | 'organisation';
  targetShare: number;
  dueOn: string;
  denominatorKey: string | null;
  position: number;
}

export type PopulationSource = 'roster' | 'official' | 'mixed';

export interface Figure {
  achieved: number;
  population: number;
  populationSource: PopulationSource;
  value: number | null;
}

export async function listCampaignTargets(db: Db, campaignId: string): Promise<TargetRow[]> {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`select id, code, title, title_en, subject, target_share, due_on::text as due_on,
      denominator_key, position from campaign_targets where campaign_id = ${campaignId} order by position`),
  );
  return rows.map((r) => ({
    id: String(r.id),
    code: String(r.code),
    title: String(r.title),
    titleEn: (r.title_en as string | null) ?? null,
    subject: r.subject as TargetRow['subject'],
    targetShare: Number(r.target_share),
    dueOn: String(r.due_on),
    denominatorKey: (r.denominator_key as string | null) ?? null,
    position: Number(r.position),
  }));
}

type Figures = Awaited<ReturnType<typeof repo.populationFigures>>;

/**
 * One figure from per-unit counts: a figure for the place itself wins; otherwise each unit's
 * official figure where it has one, its roster count where it has none.
 */
export function combine(
  counts: repo.UnitCount[],
  official: Map<string, { value: number }> | undefined,
  placeKey: string,
  unitIds: number[],
): Figure {
  const achieved = counts.reduce((n, c) => n + c.achieved, 0);
  const roster = counts.reduce((n, c) => n + c.population, 0);
  const value = (population: number) => (population > 0 ? Math.min(achieved / population, 1) : null);
  if (!official || official.size === 0)
    return { achieved, population: roster, populationSource: 'roster', value: value(roster) };
  const own = official.get(placeKey);
  if (own) return { achieved, population: own.value, populationSource: 'official', value: value(own.value) };
  const byUnit = new Map<number, number>();
  for (const c of counts)
    if (c.unitId !== null) byUnit.set(c.unitId, (byUnit.get(c.unitId) ?? 0) + c.population);
  let population = 0;
  let officialUnits = 0;
  let rosterUnits = 0;
  for (const u of unitIds) {
    const f = official.get(String(u));
    if (f) {
      population += f.value;
      officialUnits++;
    } else if (byUnit.get(u)) {
      population += byUnit.get(u) ?? 0;
      rosterUnits++;
    }
  }
  const source: PopulationSource = rosterUnits === 0 ? 'official' : officialUnits === 0 ? 'roster' : 'mixed';
  return { achieved, population, populationSource: source, value: value(population) };
}

/** Per-target figures for a place, now or at the end of `asOf` (unit places keep a daily history). */
export async function figuresFor(
  db: Db,
  targets: TargetRow[],
  place: ResolvedPlace,
  asOf: string | null,
): Promise<Map<string, Figure>> {
  const ids = targets.map((t) => t.id);
  const p = place.place;
  let counts: repo.UnitCount[];
  if (!asOf) counts = await repo.currentCounts(db, ids, p);
  else if (p.kind === 'unit') counts = await repo.historyCounts(db, ids, p.unitIds, asOf);
  else
    counts = (await repo.subjectSeries(db, ids, p.organisationIds, [asOf])).map((r) => ({
      targetId: r.targetId,
      unitId: null,
      achieved: r.achieved,
      population: r.population,
    }));
  const keys = [...new Set(targets.map((t) => t.denominatorKey).filter((k): k is string => !!k))];
  const official: Figures = await repo.populationFigures(db, keys, p);
  const unitIds = p.kind === 'unit' ? p.unitIds : [];
  const out = new Map<string, Figure>();
  for (const t of targets) {
    out.set(
      t.id,
      combine(
        counts.filter((c) => c.targetId === t.id),
        t.denominatorKey ? official.get(t.denominatorKey) : undefined,
        place.kind === 'unit' ? String(place.unitId) : place.id,
        unitIds,
      ),
    );
  }
  return out;
}

/** Up to 12 weekly sample days ending on `day`, not before the campaign's start. */
export function trendDays(startsOn: string, day: string): string[] {
  const days: string[] = [];
  for (let i = 11; i >= 0; i--) {
    const d = addDays(day, -7 * i);
    if (d >= startsOn) days.push(d);
  }
  return days.length ? days : [day];
}

export interface OverviewTarget extends TargetRow, Figure {
  expected: number;
  status: TargetStatus;
  trend: { day: string; value: number | null }[];
}

export async function campaignOverview(
  db: Db,
  campaign: CampaignRow,
  place: ResolvedPlace,
  asOf: string | null,
  now = new Date(),
) {
  const today = vnDay(now);
  const day = asOf && asOf < today ? asOf : today;
  const targets = await listCampaignTargets(db, campaign.id);
  const [figures, series] = await Promise.all([
    figuresFor(db, targets, place, day < today ? day : null),
    place.place.kind === 'unit'
      ? repo.historySeries(
          db,
          targets.map((t) => t.id),
          place.place.unitIds,
          trendDays(campaign.startsOn, day),
        )
      : repo.subjectSeries(
          db,
          targets.map((t) => t.id),
          place.place.organisationIds,
          trendDays(campaign.startsOn, day),
        ),
  ]);
  const items: OverviewTarget[] = targets.map((t) => {
    const f = figures.get(t.id) as Figure;
    const status = { target: t.targetShare, startsOn: campaign.startsOn, dueOn: t.dueOn, today: day };
    const trend = series
      .filter((s) => s.targetId === t.id)
      .sort((a, b) => (a.day < b.day ? -1 : 1))
      .map((s) => {
        // Past values over today's official denominator when the figure is official.
        const population = f.populationSource === 'roster' ? s.population : f.population;
        return { day: s.day, value: population > 0 ? Math.min(s.achieved / population, 1) : null };
      });
    return {
      ...t,
      ...f,
      expected: expectedShare(status),
      status: targetStatus({ ...status, value: f.value }),
      trend,
    };
  });
  return { day, items };
}

export type BreakdownBy = 'unit' | 'group' | 'organisation';

export interface BreakdownRow extends Figure {
  key: string;
  label: string;
  code: string | null;
  /** What a click opens: a child unit, an organisation, or nothing (a target group). */
  drill: 'unit' | 'organisation' | null;
  status: TargetStatus;
  detail: string | null;
}

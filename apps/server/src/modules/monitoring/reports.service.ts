// Periodic reports (F9): the figures of a campaign for a unit and a period, frozen when generated
// (on demand, or by the scheduler before the due date) and rendered to XLSX / PDF from the frozen
// figures; submission by the unit; who is due, submitted or late among the units below.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { errors } from '../../errors.ts';
import { getUnit } from '../units/units.repository.ts';
import { addDays, parsePeriod, periodContaining, previousPeriod, vnDay } from './calendar.ts';
import { rowsOf } from './kpi.engine.ts';
import { combine, figuresFor, listCampaignTargets, type TargetRow } from './kpi.service.ts';
import { targetStatus } from './kpi.status.ts';
import * as repo from './monitoring.repository.ts';
import { type CampaignRow, loadCampaign, type ResolvedPlace, subtreeUnitIds } from './place.ts';
import type { ReportBreakdownRow, ReportFigures, ReportPeriod } from './report.types.ts';

const subjectLabel = { person: 'người', household: 'hộ gia đình', organisation: 'tổ chức' } as const;
const run = async <T>(db: Db, q: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(q));

export function periodOrThrow(key: string): ReportPeriod {
  const p = parsePeriod(key);
  if (!p)
    throw errors.validation([
      {
        path: 'period',
        message:
          'Kỳ báo cáo có dạng 2026-Q4, 2026-M11, 2026-H2 hoặc 2026-Y|Period is like 2026-Q4, 2026-M11, 2026-H2 or 2026-Y',
      },
    ]);
  return p;
}

async function childBreakdown(
  db: Db,
  targets: TargetRow[],
  unitId: number,
  day: string | null,
): Promise<ReportBreakdownRow[]> {
  const children = await run<{ id: number; name: string; path: string }>(
    db,
    sql`select id, name, path from units where parent_id = ${unitId} and valid_to is null order by code`,
  );
  if (children.length === 0) return [];
  const subtrees = await Promise.all(children.map((c) => subtreeUnitIds(db, c.path)));
  const all = subtrees.flat();
  const ids = targets.map((t) => t.id);
  const counts = day
    ? await repo.historyCounts(db, ids, all, day)
    : await repo.currentCounts(db, ids, { kind: 'unit', unitIds: all });
  const keys = [...new Set(targets.map((t) => t.denominatorKey).filter((k): k is string => !!k))];
  const official = await repo.populationFigures(db, keys, { kind: 'unit', unitIds: all });
  return children.map((c, i) => {
    const inChild = new Set(subtrees[i]);
    return {
      unitId: Number(c.id),
      unitName: c.name,
      values: targets.map((t) => {
        const f = combine(
          counts.filter((x) => x.targetId === t.id && x.unitId !== null && inChild.has(x.unitId)),
          t.denominatorKey ? official.get(t.denominatorKey) : undefined,
          String(c.id),
          subtrees[i] ?? [],
        );
        return { code: t.code, achieved: f.achieved, population: f.population, share: f.value };
      }),
    };
  });
}

/** The figures of a report: the period's end (or today, for a period still running), the previous period, the units below. */
export async function buildReportFigures(
  db: Db,
  campaign: CampaignRow,
  place: ResolvedPlace,
  period: ReportPeriod,
  now = new Date(),
): Promise<ReportFigures> {
  if (place.kind !== 'unit')
    throw errors.validation([
      {
        path: 'unitId',
        message: 'Báo cáo lập theo đơn vị hành chính|Reports are made per administrative unit',
      },
    ]);
  const today = vnDay(now);
  const day = period.end < today ? period.end : today;
  const targets = await listCampaignTargets(db, campaign.id);
  const prev = parsePeriod(previousPeriod(period)) as ReportPeriod;
  const hasPrevious = prev.end >= campaign.startsOn && prev.end < day;
  // The full name ("Tỉnh Thái Nguyên", "Phường Phan Đình Phùng") heads the document.
  const unit = await getUnit(db, place.unitId);
  const [current, previous, breakdown] = await Promise.all([
    figuresFor(db, targets, place, day < today ? day : null),
    hasPrevious ? figuresFor(db, targets, place, prev.end) : Promise.resolve(null),
    childBreakdown(db, targets, place.unitId, day < today ? day : null),
  ]);
  return {
    campaign: { id: campaign.id, name: campaign.name, issuingBody: campaign.issuingBody },
    unit: { id: place.unitId, code: place.code ?? '', name: unit?.fullName ?? place.name },
    period,
    previousPeriod: hasPrevious ? { key: prev.key, label: prev.label } : null,
    generatedAt: now.toISOString(),
    indicators: targets.map((t) => {
      const f = current.get(t.id) ?? {
        achieved: 0,
        population: 0,
        populationSource: 'roster' as const,
        value: null,
      };
      const p = previous?.get(t.id);
      return {
        code: t.code,
        title: t.title,
        subjectLabel: subjectLabel[t.subject],
        targetShare: t.targetShare,
        dueOn: t.dueOn,
        population: f.population,
        populationSource: f.populationSource === 'official' ? 'official' : 'roster',
        achieved: f.achieved,
        share: f.value,
        previous: p ? { achieved: p.achieved, population: p.population, share: p.value } : null,
        status: targetStatus({
          value: f.value,
          target: t.targetShare,
          startsOn: campaign.startsOn,
          dueOn: t.dueOn,
          today: day,
        }),
        notes:
          f.populationSource === 'mixed'
            ? 'Tổng số gồm số liệu chính thức và số người trong danh sách'
            : null,
      };
    }),
    breakdown,
    notes: null,
  };
}

export interface ReportSummary {
  id: string;
  unitId: number;
  period: string;
  dueOn: string;
  generatedAt: string;
  automatic: boolean;
  submittedAt: string | null;
}

const summaryOf = (r: Record<string, unknown>): ReportSummary => ({
  id: String(r.id),
  unitId: Number(r.unit_id),
  period: String(r.period),
  dueOn: String(r.due_on),
  generatedAt: new Date(r.generated_at as string).toISOString(),
  automatic: r.generated_by === null,
  submittedAt: r.submitted_at ? new Date(r.submitted_at as string).toISOString() : null,
});

const SUMMARY_COLUMNS = sql`id, unit_id, period, due_on::text as due_on, generated_at, generated_by, submitted_at`;

/** Generates (or regenerates, until submitted) the report of a unit for a period. */
export async function generateReport(
  db: Db,
  campaign: CampaignRow,
  place: ResolvedPlace,
  period: ReportPeriod,
  by: { accountId: string } | null,
  notes: string | null,
  now = new Date(),
): Promise<ReportSummary> {
  const figures = { ...(await buildReportFigures(db, campaign, place, period, now)), notes };
  const [row] = await run<Record<string, unknown>>(
    db,
    sql`insert into reports (campaign_id, unit_id, period, period_start, period_end, due_on, figures, notes, generated_by)
      values (${campaign.id}, ${place.unitId}, ${period.key}, ${period.start}, ${period.end}, ${period.dueOn},
              ${JSON.stringify(figures)}::jsonb, ${notes}, ${by?.accountId ?? null})
      on conflict (campaign_id, unit_id, period) do update set figures = excluded.figures, notes = excluded.notes,
        generated_at = now(), generated_by = excluded.generated_by
      where reports.submitted_at is null
      returning ${SUMMARY_COLUMNS}`,
  );
  if (!row) throw errors.conflict('REPORT_SUBMITTED');
  return summaryOf(row);
}

export async function loadReport(db: Db, id: string) {
  const [row] = await run<Record<string, unknown>>(
    db,
    sql`select ${SUMMARY_COLUMNS}, campaign_id, figures from reports where id = ${id}`,
  );
  if (!row) throw errors.notFound('REPORT_NOT_FOUND');
  return { ...summaryOf(row), campaignId: String(row.campaign_id), figures: row.figures as ReportFigures };
}

export async function submitReport(db: Db, id: string, accountId: string): Promise<ReportSummary> {
  const [row] = await run<Record<string, unknown>>(
    db,
    sql`update reports set submitted_at = now(), submitted_by = ${accountId}
      where id = ${id} and submitted_at is null returning ${SUMMARY_COLUMNS}`,
  );
  if (!row) throw errors.conflict('REPORT_SUBMITTED');
  return summaryOf(row);
}

export type ReportState = 'submitted' | 'submitted_late' | 'late' | 'due' | 'draft';

/** Where a unit's report stands on `today`. */
export function reportState(
  r: Pick<ReportSummary, 'submittedAt'> | null,
  dueOn: string,
  today: string,
): ReportState {
  if (r?.submittedAt) return vnDay(new Date(r.submittedAt)) <= dueOn ? 'submitted' : 'submitted_late';
  if (today > dueOn) return 'late';
  return r ? 'draft' : 'due';
}

/** The report of a unit and those of the units below it, for one period. */
export async function reportBoard(
  db: Db,
  campaign: CampaignRow,
  place: ResolvedPlace,
  period: ReportPeriod,
  now = new Date(),
) {
  const today = vnDay(now);
  const rows = await run<Record<string, unknown>>(
    db,
    sql`select u.id as unit, u.name, r.id, r.unit_id, r.period, r.due_on::text as due_on, r.generated_at, r.generated_by, r.submitted_at
      from units u left join reports r on r.unit_id = u.id and r.campaign_id = ${campaign.id} and r.period = ${period.key}
      where (u.id = ${place.unitId} or (u.parent_id = ${place.unitId} and u.valid_to is null))
      order by u.depth, u.code`,
  );
  const entries = rows.map((r) => {
    const report = r.id ? summaryOf(r) : null;
    return {
      unitId: Number(r.unit),
      unitName: String(r.name),
      report,
      state: reportState(report, period.dueOn, today),
    };
  });
  const own = entries.find((e) => e.unitId === place.unitId) ?? null;
  return { period, own, children: entries.filter((e) => e.unitId !== place.unitId) };
}

/**
 * The scheduler's part, once a day: from five days before a period's due date (month, quarter,
 * half-year, year), every
 * unit of every active campaign (the campaign's unit and the units below it) gets its report.
 */
export async function generateScheduledReports(db: Db, now = new Date()) {
  const today = vnDay(now);
  let made = 0;
  const campaigns = await run<{ id: string }>(db, sql`select id from campaigns where status = 'active'`);
  for (const kind of ['month', 'quarter', 'half', 'year'] as const) {
    const period = parsePeriod(periodContaining(kind, today)) as ReportPeriod;
    if (today < addDays(period.dueOn, -5)) continue;
    for (const { id } of campaigns) {
      const campaign = await loadCampaign(db, id);
      if (period.start > campaign.endsOn || period.end < campaign.startsOn) continue;
      const units = await run<{ id: number; name: string; code: string; path: string }>(
        db,
        sql`select u.id, u.name, u.code, u.path from units u
          where (u.id = ${campaign.unitId} or (u.parent_id = ${campaign.unitId} and u.valid_to is null))
            and not exists (select 1 from reports r where r.campaign_id = ${id} and r.unit_id = u.id and r.period = ${period.key})`,
      );
      for (const u of units) {
        const place: ResolvedPlace = {
          place: { kind: 'unit', unitIds: await subtreeUnitIds(db, u.path) },
          kind: 'unit',
          id: String(u.id),
          name: u.name,
          code: u.code,
          unitId: Number(u.id),
          trail: [],
          children: 0,
        };
        await generateReport(db, campaign, place, period, null, null, now);
        made++;
      }
    }
  }
  return made;
}

// One target broken down for a place: by child unit (province → communes; the map and the ranked
// bars), by target group (or organisation type), or by organisation (lowest share first).
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisationTypeLabels, targetGroupLabels } from '../../lib/labels.ts';
import { rowsOf } from './kpi.engine.ts';
import { type BreakdownBy, type BreakdownRow, combine, type TargetRow } from './kpi.service.ts';
import { targetStatus } from './kpi.status.ts';
import * as repo from './monitoring.repository.ts';
import { type CampaignRow, type ResolvedPlace, subtreeUnitIds } from './place.ts';

interface ChildUnit {
  id: number;
  code: string;
  name: string;
  path: string;
}

async function childUnits(db: Db, parentId: number): Promise<ChildUnit[]> {
  return rowsOf<ChildUnit>(
    await db.execute(
      sql`select id, code, name, path from units where parent_id = ${parentId} and valid_to is null order by code`,
    ),
  ).map((u) => ({ ...u, id: Number(u.id) }));
}

const groupLabel = (subject: string, key: string) => {
  const labels: Record<string, { label: string }> =
    subject === 'organisation' ? organisationTypeLabels : targetGroupLabels;
  return labels[key]?.label ?? (key === '' ? 'Chưa phân nhóm' : key);
};

export async function breakdown(
  db: Db,
  campaign: CampaignRow,
  target: TargetRow,
  place: ResolvedPlace,
  by: BreakdownBy,
  opts: { day: string; asOf: string | null; limit: number; offset: number },
): Promise<{ items: BreakdownRow[]; total: number }> {
  const judge = (value: number | null) =>
    targetStatus({
      value,
      target: target.targetShare,
      startsOn: campaign.startsOn,
      dueOn: target.dueOn,
      today: opts.day,
    });

  if (by === 'unit') {
    if (place.kind !== 'unit') return { items: [], total: 0 };
    const children = await childUnits(db, place.unitId);
    if (children.length === 0) return { items: [], total: 0 };
    // Each child's subtree (a commune is its own subtree; a district-era unit has communes below).
    const subtrees = await Promise.all(children.map((c) => subtreeUnitIds(db, c.path)));
    const allIds = subtrees.flat();
    const counts = opts.asOf
      ? await repo.historyCounts(db, [target.id], allIds, opts.asOf)
      : await repo.currentCounts(db, [target.id], { kind: 'unit', unitIds: allIds });
    const official = target.denominatorKey
      ? (await repo.populationFigures(db, [target.denominatorKey], { kind: 'unit', unitIds: allIds })).get(
          target.denominatorKey,
        )
      : undefined;
    const items = children.map((c, i) => {
      const ids = new Set(subtrees[i]);
      const f = combine(
        counts.filter((x) => x.unitId !== null && ids.has(x.unitId)),
        official,
        String(c.id),
        subtrees[i] ?? [],
      );
      return {
        key: String(c.id),
        label: c.name,
        code: c.code,
        drill: 'unit' as const,
        status: judge(f.value),
        detail: null,
        ...f,
      };
    });
    return { items, total: items.length };
  }

  if (by === 'group') {
    const rows = await repo.countsByGroup(db, target.id, place.place);
    const items = rows.map((r) => {
      const population = Number(r.population);
      const achieved = Number(r.achieved);
      const value = population > 0 ? achieved / population : null;
      return {
        key: r.key,
        // Organisation targets are grouped by organisation type, person targets by target group.
        label: groupLabel(target.subject, r.key),
        code: null,
        drill: null,
        status: judge(value),
        detail: null,
        achieved,
        population,
        populationSource: 'roster' as const,
        value,
      };
    });
    return { items, total: items.length };
  }

  const rows = await repo.countsByOrganisation(db, target.id, place.place, opts.limit, opts.offset);
  const items = rows.map((r) => {
    const value = r.population > 0 ? r.achieved / r.population : null;
    return {
      key: r.key,
      label: r.label,
      code: null,
      drill: 'organisation' as const,
      status: judge(value),
      detail: r.unit_name,
      achieved: r.achieved,
      population: r.population,
      populationSource: 'roster' as const,
      value,
    };
  });
  return { items, total: rows[0]?.total ?? 0 };
}

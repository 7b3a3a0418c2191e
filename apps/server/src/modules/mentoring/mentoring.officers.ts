// The officer's view of mentors: those placed in their scope (the mentor's commune, or their
// organisation), with each one's record against the target of 5 mentees passed.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { errors } from '../../errors.ts';
import { escapeLike, foldVietnamese } from '../../lib/text.ts';
import { type Actor, requirePermission, type Scope } from '../access/access.policy.ts';
import { pgArray } from '../access/access.sql.ts';
import { getUnit } from '../units/units.repository.ts';
import { listLevels, publicLevel } from './mentoring.levels.ts';
import { listMentors } from './mentoring.repository.ts';
import { recordOf } from './mentoring.service.ts';

/** The scope as SQL over the mentor row aliases m (mentors) and o (the person's organisation). */
function visibleSql(scope: Scope): SQL {
  if (scope.all) return sql`true`;
  const prefixes = (paths: string[]) => sql`${pgArray(paths.map((p) => `${escapeLike(p)}%`))}::text[]`;
  const parts: SQL[] = [sql`false`];
  if (scope.unitPaths.length) parts.push(sql`m.unit_path like any(${prefixes(scope.unitPaths)})`);
  if (scope.organisationPaths.length) parts.push(sql`o.path like any(${prefixes(scope.organisationPaths)})`);
  return sql.join(parts, sql` or `);
}

export async function mentorsForOfficer(
  db: Db,
  actor: Actor,
  q: { unitId?: number; q?: string; met?: 'true' | 'false' },
) {
  const scope = requirePermission(actor, 'network.manage');
  let unitPath: string | undefined;
  if (q.unitId) {
    const unit = await getUnit(db, q.unitId);
    if (!unit) throw errors.notFound('UNIT_NOT_FOUND');
    unitPath = unit.path;
  }
  const folded = q.q ? escapeLike(foldVietnamese(q.q)) : undefined;
  const rows = await listMentors(db, { visible: visibleSql(scope), unitPath, folded });
  const levels = new Map((await listLevels(db)).map((l) => [l.id, publicLevel(l)]));
  const items = rows
    .map((m) => ({
      id: m.personId,
      personId: m.personId,
      name: m.name,
      level: levels.get(m.level) ?? {
        id: m.level,
        kind: 'course' as const,
        title: m.level,
        titleEn: null,
        programme: null,
      },
      unitId: m.unitId,
      unitName: m.unitName,
      organisationName: m.organisationName,
      source: m.source,
      status: m.status,
      since: m.since,
      record: recordOf(m),
    }))
    .filter((m) => q.met === undefined || m.record.met === (q.met === 'true'));
  return {
    items,
    summary: {
      mentors: items.length,
      met: items.filter((m) => m.record.met).length,
      passed: items.reduce((n, m) => n + m.record.passed, 0),
    },
  };
}

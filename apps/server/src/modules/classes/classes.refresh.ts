// Keeps class members' progress current, set-based for a batch of learners (the KPI refresher
// calls it with up to 2,000 people whose learning changed): for their active memberships, the
// modules of the class's courses mastered, when they first completed them all, and when they last
// learned; then the member and completion counters of the classes touched.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { classModules, loadCatalogue } from './classes.catalog.ts';
import { recountClasses, run, textArray, uuidArray } from './classes.repository.ts';

export async function refreshClassMembers(db: Db, people: string[], now: Date): Promise<void> {
  if (people.length === 0) return;
  const ids = uuidArray(people);
  const classes = await run<{ id: string; course_ids: string[] | string }>(
    db,
    sql`select c.id, c.course_ids from classes c where c.id in (
      select distinct class_id from class_members where person_id = any(${ids}) and status = 'active')`,
  );
  if (classes.length === 0) return;
  const cat = await loadCatalogue(db);
  const pairClass: string[] = [];
  const pairModule: string[] = [];
  for (const c of classes) {
    const courses = Array.isArray(c.course_ids) ? c.course_ids : c.course_ids.slice(1, -1).split(',');
    for (const m of classModules(cat, courses)) {
      pairClass.push(c.id);
      pairModule.push(m);
    }
  }
  if (pairClass.length > 0)
    await db.execute(sql`with cm(class_id, module_id) as (
        select * from unnest(${uuidArray(pairClass)}, ${textArray(pairModule)})),
      totals as (select class_id, count(*)::int as n from cm group by class_id),
      done as (
        select m.class_id, m.person_id,
          count(mp.module_id) filter (where mp.mastered)::int as done,
          max(coalesce(mp.completed_at, mp.updated_at)) filter (where mp.mastered) as last_mastered
        from class_members m join cm on cm.class_id = m.class_id
          left join module_progress mp on mp.person_id = m.person_id and mp.module_id = cm.module_id
        where m.person_id = any(${ids}) and m.status = 'active'
        group by m.class_id, m.person_id),
      -- Materialised: inlined, the planner re-ran these per-person look-ups once per member row
      -- (2,000 × 2,000 of them, 40 s a batch on the synthetic province).
      act as materialized (
        select p as person_id, greatest(
          (select lp.last_active_at from learner_profiles lp where lp.person_id = p),
          (select max(mp.updated_at) from module_progress mp where mp.person_id = p)) as at
        from unnest(${ids}) p)
      update class_members m set modules_done = d.done,
        completed_at = case when m.completed_at is not null then m.completed_at
          when d.done >= t.n then coalesce(d.last_mastered, ${now.toISOString()}::timestamptz) end,
        last_active_at = coalesce(a.at, m.last_active_at)
      from done d join totals t on t.class_id = d.class_id left join act a on a.person_id = d.person_id
      where m.class_id = d.class_id and m.person_id = d.person_id
        and (m.modules_done <> d.done or m.last_active_at is distinct from coalesce(a.at, m.last_active_at)
          or (m.completed_at is null and d.done >= t.n))`);
  await recountClasses(
    db,
    classes.map((c) => c.id),
  );
}

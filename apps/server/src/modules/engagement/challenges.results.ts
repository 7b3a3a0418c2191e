// Challenge results: every participant's value over the window (a page, or all of them for a
// download), and for a contest the places right below ranked by the share of their learners who
// completed it. An officer whose scope lies under the challenge's place sees only their learners.
import type { Db } from '../../db/client.ts';
import { errors } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { resolvedScopeCondition, resolveScope } from '../access/access.sql.ts';
import { vnDay } from '../monitoring/calendar.ts';
import {
  type ChallengeRow,
  contestTallies,
  type PlaceTally,
  participantCounts,
  scoredParticipants,
} from './challenges.repository.ts';
import { goalTarget, type StandingT } from './challenges.schemas.ts';
import { accessTo, goalModules, loadChallenge, present, progressOf, viewerOf } from './challenges.service.ts';

const byName = new Intl.Collator('vi');

/** Places ranked by the share of their learners who completed, then their mean progress; ties share a rank. */
export function rankStandings(tallies: PlaceTally[]): (StandingT & { path: string })[] {
  const items = tallies.map((t) => ({
    id: t.id,
    name: t.name,
    path: t.path,
    learners: t.learners,
    done: t.done,
    share: t.learners > 0 ? t.done / t.learners : null,
    meanProgress: t.learners > 0 ? t.mean_progress : null,
    rank: null as number | null,
  }));
  items.sort(
    (a, b) =>
      (b.share ?? -1) - (a.share ?? -1) ||
      (b.meanProgress ?? -1) - (a.meanProgress ?? -1) ||
      byName.compare(a.name, b.name),
  );
  let rank = 0;
  items.forEach((s, i) => {
    if (s.share === null) return;
    const prev = items[i - 1];
    if (!prev || prev.share !== s.share || prev.meanProgress !== s.meanProgress) rank = i + 1;
    s.rank = rank;
  });
  return items;
}

export async function standingsOf(db: Db, c: ChallengeRow, modules?: string[] | null) {
  const mods = modules === undefined ? await goalModules(db, c.goal) : modules;
  return rankStandings(await contestTallies(db, c, progressOf(c, mods), goalTarget(c.goal)));
}

export async function challengeResults(
  db: Db,
  actor: Actor,
  id: string,
  q: { page: number; pageSize: number; done?: boolean; export?: boolean },
  now = new Date(),
) {
  const v = await viewerOf(db, actor);
  const c = await loadChallenge(db, id);
  const access = accessTo(v, c);
  if (!access) throw errors.outOfScope();
  // Set above my scope: only my own learners, as any list of people.
  const restrict =
    access === 'read'
      ? resolvedScopeCondition(await resolveScope(db, v.scope), 'p.unit_id', 'p.organisation_id')
      : undefined;
  const modules = await goalModules(db, c.goal);
  const value = progressOf(c, modules);
  const target = goalTarget(c.goal);
  const [summary, items, contest] = await Promise.all([
    participantCounts(db, c, value, target, restrict),
    scoredParticipants(db, c, value, target, {
      restrict,
      done: q.done,
      limit: q.export ? 50_000 : q.pageSize,
      offset: q.export ? 0 : (q.page - 1) * q.pageSize,
    }),
    c.contest ? standingsOf(db, c, modules) : Promise.resolve(null),
  ]);
  const total =
    q.done === undefined ? summary.participants : q.done ? summary.done : summary.participants - summary.done;
  return {
    challenge: present(c, vnDay(now), access === 'manage'),
    restricted: access === 'read',
    summary,
    items: items.map((r) => ({
      personId: r.person_id,
      name: r.full_name,
      unitName: r.unit_name,
      organisationName: r.organisation_name,
      value: Number(r.value),
      done: Number(r.value) >= target,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
    contest: contest
      ? {
          kind: c.unitId !== null ? ('unit' as const) : ('organisation' as const),
          items: contest.map(({ path: _path, ...s }) => s),
        }
      : null,
  };
}

// The class dashboard: each member's progress and attendance, who is inactive or stuck, the quiz
// questions the class gets wrong (what to re-teach), and announcements, which notify the members.
// Every query starts from the class's members (class_members by class) and reaches their learning
// records by person + module keys, so a class of 300 costs the same on a province of 800,000.
//
// Rules (docs/classes.md):
// - inactive: an active member who has not completed and has not learned for 7 days (or never);
// - stuck: learned within 7 days, not completed, and either has been in the class for 7 days or
//   more with a class module started but unmastered and none mastered in those 7 days (learning
//   without getting anywhere), or has answered a class question 3 times or more without ever
//   getting it right;
// - eligibleForTrainer (ToT classes): completed the courses and attended every in-person session held.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../access/access.policy.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { notifyMany } from '../engagement/notifications.ts';
import { classModules, loadCatalogue } from './classes.catalog.ts';
import { authorizeRun } from './classes.policy.ts';
import { presentClass } from './classes.presenter.ts';
import { activeMemberIds, isoOf, run, textArray } from './classes.repository.ts';
import { loadClass, type Meta } from './classes.service.ts';
import { announcements, insertAnnouncement } from './sessions.repository.ts';

const DAY = 86_400_000;
export const INACTIVE_DAYS = 7;
export const STUCK_WRONG_TRIES = 3;
export const QUESTION_MIN_MEMBERS = 3;

export interface FlagFacts {
  completedAt: string | Date | null;
  lastActiveAt: string | Date | null;
  joinedAt: string | Date;
  /** A class module started and not mastered. */
  openStarted: boolean;
  /** When a class module was last mastered. */
  lastMastered: string | Date | null;
  /** A class question answered 3+ times, never right. */
  struggling: boolean;
}

/** A member's flag (at most one): completed, else inactive, else stuck (rules in the header). */
export function memberFlags(f: FlagFacts, now: Date): ('stuck' | 'inactive' | 'completed')[] {
  const weekAgo = now.getTime() - INACTIVE_DAYS * DAY;
  const recent = (v: string | Date | null) => v !== null && new Date(v).getTime() >= weekAgo;
  if (f.completedAt !== null) return ['completed'];
  if (!recent(f.lastActiveAt)) return ['inactive'];
  if ((f.openStarted && !recent(f.joinedAt) && !recent(f.lastMastered)) || f.struggling) return ['stuck'];
  return [];
}

interface MemberFacts {
  person_id: string;
  full_name: string;
  modules_done: number;
  joined_at: string;
  completed_at: string | null;
  last_active_at: string | null;
  attended: number;
  attended_in_person_held: number;
  open_started: boolean;
  last_mastered: string | null;
  struggling: boolean;
  certified: boolean;
}

export async function memberFacts(db: Db, classId: string, modules: string[], now: Date) {
  const mods = textArray(modules);
  // Per member (lateral, fenced by OFFSET 0 / LIMIT so the planner cannot turn them into scans of
  // the whole tables): their records are reached by the person + module keys.
  return run<MemberFacts>(
    db,
    sql`with att as (select a.person_id, count(*)::int as n,
          count(*) filter (where s.in_person and s.starts_at <= ${now.toISOString()}::timestamptz)::int as in_person_held
        from class_attendance a join class_sessions s on s.id = a.session_id
        where a.class_id = ${classId} group by a.person_id)
      select m.person_id, (select p.full_name from people p where p.id = m.person_id) as full_name, m.modules_done, m.joined_at, m.completed_at, m.last_active_at,
        coalesce(att.n, 0) as attended, coalesce(att.in_person_held, 0) as attended_in_person_held,
        coalesce(pr.open_started, false) as open_started, pr.last_mastered,
        coalesce((select true from question_results qr where qr.person_id = m.person_id and qr.module_id = any(${mods})
          and qr.attempts >= ${STUCK_WRONG_TRIES} and qr.best_score < 1 limit 1), false) as struggling,
        exists(select 1 from trainers tr where tr.person_id = m.person_id) as certified
      from class_members m
        left join att on att.person_id = m.person_id
        cross join lateral (select bool_or(not mp.mastered) as open_started,
            max(coalesce(mp.completed_at, mp.updated_at)) filter (where mp.mastered) as last_mastered
          from module_progress mp where mp.person_id = m.person_id and mp.module_id = any(${mods}) offset 0) pr
      where m.class_id = ${classId} and m.status = 'active'
      order by (select p.search_text from people p where p.id = m.person_id) collate "C", m.person_id`,
  );
}

/** The questions of the class's modules answered by at least 3 members, worst first (20). */
export async function questionStats(db: Db, classId: string, modules: string[]) {
  const rows = await run<{ module_id: string; question_id: string; answered: number; right_first: number }>(
    db,
    sql`select qr.module_id, qr.question_id, count(*)::int as answered,
        count(*) filter (where qr.attempts = 1 and qr.best_score >= 1)::int as right_first
      from class_members m cross join lateral (select q.module_id, q.question_id, q.attempts, q.best_score
          from question_results q where q.person_id = m.person_id and q.module_id = any(${textArray(modules)})
          offset 0) qr
      where m.class_id = ${classId} and m.status = 'active'
      group by qr.module_id, qr.question_id having count(*) >= ${QUESTION_MIN_MEMBERS}
      order by count(*) filter (where qr.attempts = 1 and qr.best_score >= 1)::float / count(*), count(*) desc,
        qr.module_id, qr.question_id
      limit 20`,
  );
  if (rows.length === 0) return [];
  const ids = [...new Set(rows.map((r) => r.module_id))];
  // Only the prompts leave the database, not the modules' whole content.
  const texts = await run<{ id: string; title: string; question_id: string | null; prompt: string | null }>(
    db,
    sql`select m.id, m.title, q->>'id' as question_id, q->>'prompt' as prompt from modules m
      join module_versions v on v.module_id = m.id and v.version = m.current_version
      left join lateral jsonb_array_elements(v.blocks) b on true
      left join lateral jsonb_array_elements(case when b->>'type' = 'quiz' then b->'questions' else '[]'::jsonb end) q on true
      where m.id = any(${textArray(ids)})`,
  );
  const prompts = new Map<string, string>();
  const titles = new Map<string, string>();
  for (const t of texts) {
    titles.set(t.id, t.title);
    if (t.question_id) prompts.set(`${t.id}/${t.question_id}`, t.prompt ?? '');
  }
  const short = (s: string) => (s.length > 160 ? `${s.slice(0, 157)}…` : s);
  return rows.map((r) => ({
    moduleId: r.module_id,
    moduleTitle: titles.get(r.module_id) ?? r.module_id,
    questionId: r.question_id,
    prompt: short(prompts.get(`${r.module_id}/${r.question_id}`) ?? r.question_id),
    attempts: Number(r.answered),
    rightFirstTime: Number(r.answered) ? Number(r.right_first) / Number(r.answered) : 0,
  }));
}

const presentAnnouncement = (a: {
  id: string;
  body: string;
  created_at: string;
  author_name: string | null;
}) => ({
  id: a.id,
  body: a.body,
  createdAt: isoOf(a.created_at) as string,
  authorName: a.author_name ?? '',
});

export async function classDashboard(
  db: Db,
  actor: Actor,
  classId: string,
  origin: string,
  now = new Date(),
) {
  const c = await loadClass(db, classId, now);
  authorizeRun(actor, c);
  const cat = await loadCatalogue(db);
  const modules = classModules(cat, c.courseIds);
  const total = modules.length;
  // One read-only transaction with JIT compilation off: the planner overestimates the per-member
  // lookups of a large province, and compiling them cost 300–650 ms on PostgreSQL for queries that
  // run in 20–60 ms (bench/README.md, classes).
  const [facts, questions, news, held] = await db.transaction(async (tx) => {
    const d = tx as Db;
    await d.execute(sql`set local jit = off`);
    return [
      await memberFacts(d, classId, modules, now),
      await questionStats(d, classId, modules),
      await announcements(d, [classId], 20),
      await run<{ held_all: number; in_person: number }>(
        d,
        sql`select count(*)::int as held_all, count(*) filter (where in_person)::int as in_person from class_sessions
          where class_id = ${classId} and starts_at <= ${now.toISOString()}::timestamptz`,
      ),
    ] as const;
  });
  const sessionsHeld = Number(held[0]?.held_all ?? 0);
  const inPersonHeld = Number(held[0]?.in_person ?? 0);
  const weekAgo = now.getTime() - INACTIVE_DAYS * DAY;
  const recent = (v: string | null) => v !== null && new Date(v).getTime() >= weekAgo;
  const members = facts.map((f) => {
    const completed = f.completed_at !== null;
    const flags = memberFlags(
      {
        completedAt: f.completed_at,
        lastActiveAt: f.last_active_at,
        joinedAt: f.joined_at,
        openStarted: f.open_started,
        lastMastered: f.last_mastered,
        struggling: f.struggling,
      },
      now,
    );
    return {
      personId: f.person_id,
      name: f.full_name,
      modulesDone: Number(f.modules_done),
      modulesTotal: total,
      completedAt: isoOf(f.completed_at),
      lastActiveAt: isoOf(f.last_active_at),
      attended: Number(f.attended),
      sessionsHeld,
      flags,
      certifiedTrainer: Boolean(f.certified),
      eligibleForTrainer:
        c.kind === 'tot' && completed && Number(f.attended_in_person_held) >= inPersonHeld && !f.certified,
    };
  });
  const count = (flag: string) => members.filter((m) => m.flags.includes(flag as never)).length;
  return {
    class: presentClass(c, cat.courses, origin, true),
    summary: {
      members: members.length,
      active7d: members.filter((m) => recent(m.lastActiveAt)).length,
      completed: count('completed'),
      stuck: count('stuck'),
      inactive: count('inactive'),
      pending: c.pendingCount,
      averageProgress:
        members.length && total
          ? members.reduce((s, m) => s + Math.min(1, m.modulesDone / total), 0) / members.length
          : 0,
    },
    members,
    questions,
    announcements: news.map(presentAnnouncement),
  };
}

/** Posts an announcement to the class and notifies its active members (in-app bell, kind 'class'). */
export async function postAnnouncement(db: Db, actor: Actor, classId: string, body: string, meta: Meta) {
  const c = await loadClass(db, classId);
  authorizeRun(actor, c);
  return db.transaction(async (tx) => {
    const d = tx as Db;
    const a = await insertAnnouncement(d, classId, actor.personId, body);
    const people = (await activeMemberIds(d, classId)).filter((p) => p !== actor.personId);
    const short = body.length > 280 ? `${body.slice(0, 277)}…` : body;
    await notifyMany(
      d,
      'class',
      `class-announcement:${a.id}`,
      people.map((personId) => ({
        personId,
        payload: {
          message: `Lớp «${c.title}» có thông báo mới: ${short}`,
          messageEn: `New announcement in the class “${c.title}”: ${short}`,
          classId,
          announcementId: a.id,
        },
      })),
    );
    await recordAudit(d, {
      actorAccountId: actor.accountId,
      action: 'class.announce',
      targetType: 'class',
      targetId: classId,
      details: { announcementId: a.id, recipients: people.length },
      ...meta,
    });
    return { id: a.id };
  });
}

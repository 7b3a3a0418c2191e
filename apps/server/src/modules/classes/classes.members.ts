// Class members: joining by code (link, QR), the trainer's approval for closed classes, enrolment
// from the roster (people without an account too), removal, leaving, a learner's own classes and
// the member list. Every change recounts the class; retried calls change nothing twice.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { errors } from '../../errors.ts';
import { foldVietnamese } from '../../lib/text.ts';
import { type Actor, scopeCovers, scopeOf } from '../access/access.policy.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { notifyMany } from '../engagement/notifications.ts';
import { classModules, loadCatalogue } from './classes.catalog.ts';
import { authorizeRun, roleIn } from './classes.policy.ts';
import { maskPhone, presentClass } from './classes.presenter.ts';
import { refreshClassMembers } from './classes.refresh.ts';
import {
  type ClassRow,
  candidates,
  getClassByCode,
  isoOf,
  memberRows,
  membership,
  peoplePlaces,
  recountClasses,
  run,
  setMemberStatus,
  upsertMembers,
  uuidArray,
} from './classes.repository.ts';
import type { MemberItemT } from './classes.schemas.ts';
import { loadClass, type Meta } from './classes.service.ts';
import { announcements } from './sessions.repository.ts';

const normaliseCode = (code: string) => code.trim().toUpperCase().replace(/[\s-]/g, '');

async function activeCount(db: Db, classId: string) {
  const [r] = await run<{ n: number }>(
    db,
    sql`select count(*)::int as n from class_members where class_id = ${classId} and status = 'active'`,
  );
  return Number(r?.n ?? 0);
}

async function findByCode(db: Db, code: string) {
  const c = await getClassByCode(db, normaliseCode(code));
  if (!c) throw errors.notFound('CLASS_NOT_FOUND');
  return c;
}

export async function classByCode(db: Db, actor: Actor, code: string) {
  const c = await findByCode(db, code);
  const m = await membership(db, c.id, actor.personId);
  return {
    id: c.id,
    code: c.code,
    title: c.title,
    trainerName: c.trainerName,
    unitName: c.unitName,
    mode: c.mode,
    venue: c.venue,
    startsOn: c.startsOn,
    nextSession: c.nextSession,
    closed: c.closed,
    full: c.capacity !== null && c.membersCount >= c.capacity,
    myStatus: m?.status ?? ('none' as const),
  };
}

const classNote = (c: ClassRow, vi: string, en: string) => ({
  message: `Lớp «${c.title}»: ${vi}`,
  messageEn: `Class “${c.title}”: ${en}`,
  classId: c.id,
});

/**
 * Adds the person to the class (in the caller's transaction): active in an open class, pending in
 * a closed one; already there: nothing changes. A full or finished class refuses.
 */
export async function joinClass(
  db: Db,
  c: ClassRow,
  personId: string,
  via: 'code' | 'link' | 'qr',
): Promise<'active' | 'pending'> {
  const m = await membership(db, c.id, personId);
  if (m?.status === 'active' || m?.status === 'pending') return m.status;
  if (c.status !== 'open') throw errors.conflict('CLASS_NOT_OPEN');
  const status = c.closed ? 'pending' : 'active';
  if (status === 'active' && c.capacity !== null && (await activeCount(db, c.id)) >= c.capacity)
    throw errors.conflict('CLASS_FULL');
  await upsertMembers(db, c.id, [personId], status, via, null);
  // What they mastered before joining counts at once.
  if (status === 'active') await refreshClassMembers(db, [personId], new Date());
  await recountClasses(db, [c.id]);
  return status;
}

export async function joinByCode(db: Db, actor: Actor, code: string, via: 'code' | 'link' | 'qr') {
  const c = await findByCode(db, code);
  const status = await db.transaction((tx) => joinClass(tx as Db, c, actor.personId, via));
  return { classId: c.id, status };
}

export async function leaveClass(db: Db, actor: Actor, classId: string) {
  await loadClass(db, classId);
  await db.transaction(async (tx) => {
    await setMemberStatus(tx as Db, classId, actor.personId, 'removed', null);
    await recountClasses(tx as Db, [classId]);
  });
}

/** Enrols people from the roster: in the class's commune, or in the caller's own scope. */
export async function enrolPeople(db: Db, actor: Actor, classId: string, personIds: string[], meta: Meta) {
  const c = await loadClass(db, classId);
  const role = authorizeRun(actor, c);
  const ids = [...new Set(personIds)];
  const found = await peoplePlaces(db, ids);
  if (found.length !== ids.length) throw errors.notFound('PERSON_NOT_FOUND');
  const scope = scopeOf(actor, role === 'officer' ? 'classes.manage' : 'classes.teach');
  for (const p of found) {
    const inCommune = [p.unit_path, p.org_unit_path].some((u) => u?.startsWith(c.unitPath));
    const inScope = scopeCovers(scope, {
      unitPaths: [p.unit_path, p.org_unit_path],
      organisationPath: p.org_path,
    });
    if (!inCommune && !inScope) throw errors.outOfScope();
  }
  if (c.status !== 'open') throw errors.conflict('CLASS_NOT_OPEN');
  const added = await db.transaction(async (tx) => {
    const d = tx as Db;
    if (c.capacity !== null) {
      const [r] = await run<{ n: number }>(
        d,
        sql`select count(*)::int as n from unnest(${uuidArray(ids)}) p where not exists (select 1 from class_members m
          where m.class_id = ${c.id} and m.person_id = p and m.status = 'active')`,
      );
      if ((await activeCount(d, c.id)) + Number(r?.n ?? 0) > c.capacity) throw errors.conflict('CLASS_FULL');
    }
    const changed = await upsertMembers(d, c.id, ids, 'active', 'roster', actor.accountId);
    await refreshClassMembers(d, changed, new Date());
    await recountClasses(d, [c.id]);
    await recordAudit(d, {
      actorAccountId: actor.accountId,
      action: 'class.enrol',
      targetType: 'class',
      targetId: c.id,
      details: { personIds: changed },
      ...meta,
    });
    await notifyMany(
      d,
      'class',
      `class-enrolled:${c.id}`,
      changed.map((personId) => ({
        personId,
        payload: classNote(c, 'bạn đã được ghi danh vào lớp.', 'you were enrolled in the class.'),
      })),
    );
    return changed.length;
  });
  return { added, already: ids.length - added };
}

export async function decideMember(
  db: Db,
  actor: Actor,
  classId: string,
  personId: string,
  decision: 'approve' | 'reject' | 'remove',
  meta: Meta,
) {
  const c = await loadClass(db, classId);
  authorizeRun(actor, c);
  const m = await membership(db, classId, personId);
  if (!m) throw errors.notFound('CLASS_MEMBER_NOT_FOUND');
  const target: 'active' | 'removed' = decision === 'approve' ? 'active' : 'removed';
  if (m.status === target) return { status: target };
  if (decision === 'approve' && m.status !== 'pending') throw errors.notFound('CLASS_MEMBER_NOT_FOUND');
  await db.transaction(async (tx) => {
    const d = tx as Db;
    if (target === 'active' && c.capacity !== null && (await activeCount(d, classId)) >= c.capacity)
      throw errors.conflict('CLASS_FULL');
    await setMemberStatus(d, classId, personId, target, actor.accountId);
    if (target === 'active') await refreshClassMembers(d, [personId], new Date());
    await recountClasses(d, [classId]);
    await recordAudit(d, {
      actorAccountId: actor.accountId,
      action: `class.member.${decision}`,
      targetType: 'class',
      targetId: classId,
      details: { personId, from: m.status },
      ...meta,
    });
    if (decision === 'approve')
      await notifyMany(d, 'class', `class-approved:${classId}`, [
        { personId, payload: classNote(c, 'giảng viên đã duyệt bạn vào lớp.', 'the trainer accepted you.') },
      ]);
  });
  return { status: target };
}

export async function listMembers(db: Db, actor: Actor, classId: string, status?: string) {
  const c = await loadClass(db, classId);
  authorizeRun(actor, c);
  const total = classModules(await loadCatalogue(db), c.courseIds).length;
  const rows = await memberRows(db, classId, status);
  const items: MemberItemT[] = rows.map((r) => ({
    personId: r.person_id,
    name: r.full_name,
    phoneMasked: maskPhone(r.phone),
    hasAccount: Boolean(r.has_account),
    status: r.status,
    source: r.source,
    joinedAt: isoOf(r.joined_at) as string,
    modulesDone: Number(r.modules_done),
    modulesTotal: total,
    completedAt: isoOf(r.completed_at),
    lastActiveAt: isoOf(r.last_active_at),
    attended: Number(r.attended),
  }));
  return { class: c, items };
}

export async function listCandidates(db: Db, actor: Actor, classId: string, q: string) {
  const c = await loadClass(db, classId);
  authorizeRun(actor, c);
  const rows = await candidates(db, classId, c.unitPath, foldVietnamese(q));
  return {
    items: rows.map((r) => ({
      personId: r.id,
      name: r.full_name,
      birthYear: r.birth_year === null ? null : Number(r.birth_year),
      phoneMasked: maskPhone(r.phone),
      inClass: Boolean(r.in_class),
    })),
  };
}

/** A learner's classes (joined or waiting), with their progress, attendance and latest news. */
export async function myClasses(db: Db, actor: Actor, origin: string, now = new Date()) {
  const mine = await run<{
    class_id: string;
    status: 'pending' | 'active';
    modules_done: number;
    completed_at: string | null;
    attended: number;
    held: number;
  }>(
    db,
    sql`select m.class_id, m.status, m.modules_done, m.completed_at,
        (select count(*)::int from class_attendance a where a.class_id = m.class_id and a.person_id = m.person_id) as attended,
        (select count(*)::int from class_sessions s where s.class_id = m.class_id and s.starts_at <= ${now.toISOString()}::timestamptz) as held
      from class_members m join classes c on c.id = m.class_id
      where m.person_id = ${actor.personId} and m.status in ('active', 'pending')
      order by (c.status = 'open') desc, c.starts_on desc limit 100`,
  );
  const cat = await loadCatalogue(db);
  const news = await announcements(
    db,
    mine.filter((m) => m.status === 'active').map((m) => m.class_id),
    5,
  );
  const items = [];
  for (const m of mine) {
    const c = await loadClass(db, m.class_id, now);
    items.push({
      class: presentClass(c, cat.courses, origin, roleIn(actor, c) !== null),
      status: m.status,
      modulesDone: Number(m.modules_done),
      modulesTotal: classModules(cat, c.courseIds).length,
      completedAt: isoOf(m.completed_at),
      attended: Number(m.attended),
      sessionsHeld: Number(m.held),
      announcements: news
        .filter((a) => a.class_id === m.class_id)
        .map((a) => ({
          id: a.id,
          body: a.body,
          createdAt: isoOf(a.created_at) as string,
          authorName: a.author_name ?? '',
        })),
    });
  }
  return { items };
}

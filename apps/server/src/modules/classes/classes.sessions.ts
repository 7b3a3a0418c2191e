// Sessions and attendance. Each session's check-in QR carries `<sessionId>.<HMAC-SHA256(sessionId,
// checkin_secret) base64url>`: it cannot be forged without the secret, and it is accepted from 60
// minutes before the start to 120 minutes after the end (instants compared, so Vietnam time holds
// whatever the server's zone). The trainer can also tick a list (people without an account too).
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { AppError, errors } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { joinClass } from './classes.members.ts';
import { authorizeRun } from './classes.policy.ts';
import { membership } from './classes.repository.ts';
import type { SessionInputT } from './classes.schemas.ts';
import { addSessions, loadClass, type Meta } from './classes.service.ts';
import {
  attendanceRows,
  deleteSession,
  getSession,
  listSessions,
  markAttendance,
  type SessionRow,
  unmarkAttendance,
} from './sessions.repository.ts';

export const CHECKIN_BEFORE_MINUTES = 60;
export const CHECKIN_AFTER_MINUTES = 120;
const MINUTE = 60_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const signCheckin = (sessionId: string, secret: string) =>
  `${sessionId}.${createHmac('sha256', secret).update(sessionId).digest('base64url')}`;

export const checkinUrlOf = (origin: string, s: Pick<SessionRow, 'id' | 'checkinSecret'>) =>
  `${origin}/learn/checkin/${signCheckin(s.id, s.checkinSecret)}`;

export function checkinWindow(s: Pick<SessionRow, 'startsAt' | 'minutes'>) {
  const from = new Date(s.startsAt.getTime() - CHECKIN_BEFORE_MINUTES * MINUTE);
  const to = new Date(s.startsAt.getTime() + (s.minutes + CHECKIN_AFTER_MINUTES) * MINUTE);
  return { from, to };
}

const invalid = () => new AppError(400, 'CHECKIN_INVALID');

/** The session a token was signed for, or CHECKIN_INVALID. */
export async function verifyCheckin(db: Db, token: string): Promise<SessionRow> {
  const [sessionId, mac, extra] = token.split('.');
  if (!sessionId || !mac || extra !== undefined || !UUID.test(sessionId)) throw invalid();
  const s = await getSession(db, sessionId.toLowerCase());
  if (!s) throw invalid();
  const expected = Buffer.from(signCheckin(s.id, s.checkinSecret));
  const given = Buffer.from(`${s.id}.${mac}`);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
  return s;
}

async function loadSessionOf(db: Db, classId: string, sessionId: string) {
  const s = await getSession(db, sessionId);
  if (!s || s.classId !== classId) throw errors.notFound('CLASS_SESSION_NOT_FOUND');
  return s;
}

export async function sessionsOf(db: Db, actor: Actor, classId: string, origin: string) {
  const c = await loadClass(db, classId);
  authorizeRun(actor, c);
  const rows = await listSessions(db, classId);
  return {
    items: rows.map((s) => ({
      id: s.id,
      startsAt: s.startsAt.toISOString(),
      minutes: s.minutes,
      topic: s.topic,
      inPerson: s.inPerson,
      attended: s.attended,
      checkinUrl: checkinUrlOf(origin, s),
    })),
  };
}

export async function createSession(
  db: Db,
  actor: Actor,
  classId: string,
  b: SessionInputT,
  meta: Meta,
  origin: string,
) {
  const c = await loadClass(db, classId);
  authorizeRun(actor, c);
  const id = await db.transaction(async (tx) => {
    const [made] = await addSessions(tx as Db, classId, [b]);
    await recordAudit(tx as Db, {
      actorAccountId: actor.accountId,
      action: 'class.session.create',
      targetType: 'class',
      targetId: classId,
      details: { sessionId: made, startsAt: b.startsAt, minutes: b.minutes },
      ...meta,
    });
    return made as string;
  });
  const s = await loadSessionOf(db, classId, id);
  return {
    id: s.id,
    startsAt: s.startsAt.toISOString(),
    minutes: s.minutes,
    topic: s.topic,
    inPerson: s.inPerson,
    attended: 0,
    checkinUrl: checkinUrlOf(origin, s),
  };
}

export async function removeSession(db: Db, actor: Actor, classId: string, sessionId: string, meta: Meta) {
  const c = await loadClass(db, classId);
  authorizeRun(actor, c);
  const s = await loadSessionOf(db, classId, sessionId);
  await db.transaction(async (tx) => {
    await deleteSession(tx as Db, sessionId);
    await recordAudit(tx as Db, {
      actorAccountId: actor.accountId,
      action: 'class.session.delete',
      targetType: 'class',
      targetId: classId,
      details: { sessionId, startsAt: s.startsAt.toISOString() },
      ...meta,
    });
  });
}

export async function sessionCheckinUrl(
  db: Db,
  actor: Actor,
  classId: string,
  sessionId: string,
  origin: string,
) {
  const c = await loadClass(db, classId);
  authorizeRun(actor, c);
  return checkinUrlOf(origin, await loadSessionOf(db, classId, sessionId));
}

export async function attendanceOf(db: Db, actor: Actor, classId: string, sessionId: string) {
  const c = await loadClass(db, classId);
  authorizeRun(actor, c);
  await loadSessionOf(db, classId, sessionId);
  const rows = await attendanceRows(db, classId, sessionId);
  return {
    items: rows.map((r) => ({
      personId: r.person_id,
      name: r.full_name,
      hasAccount: Boolean(r.has_account),
      present: r.method !== null,
      method: r.method,
    })),
  };
}

/** The trainer ticks (or unticks) a member on the session's list. */
export async function tickAttendance(
  db: Db,
  actor: Actor,
  classId: string,
  sessionId: string,
  b: { personId: string; present: boolean },
  meta: Meta,
) {
  const c = await loadClass(db, classId);
  authorizeRun(actor, c);
  await loadSessionOf(db, classId, sessionId);
  const m = await membership(db, classId, b.personId);
  if (m?.status !== 'active') throw errors.notFound('CLASS_MEMBER_NOT_FOUND');
  await db.transaction(async (tx) => {
    const d = tx as Db;
    if (b.present)
      await markAttendance(d, {
        sessionId,
        personId: b.personId,
        classId,
        method: 'trainer',
        by: actor.accountId,
      });
    else await unmarkAttendance(d, sessionId, b.personId);
    await recordAudit(d, {
      actorAccountId: actor.accountId,
      action: 'class.attendance',
      targetType: 'class',
      targetId: classId,
      details: { sessionId, personId: b.personId, present: b.present },
      ...meta,
    });
  });
  return { present: b.present };
}

/**
 * A learner scans the session's QR: a valid token inside its window marks them present, once.
 * A signed-in non-member of an open (not closed) class joins it by QR first.
 */
export async function checkIn(db: Db, actor: Actor, token: string, now = new Date()) {
  const s = await verifyCheckin(db, token);
  const { from, to } = checkinWindow(s);
  if (now < from || now > to) throw errors.conflict('CHECKIN_EXPIRED');
  const c = await loadClass(db, s.classId, now);
  const marked = await db.transaction(async (tx) => {
    const d = tx as Db;
    const m = await membership(d, c.id, actor.personId);
    if (m?.status !== 'active') {
      if (c.closed || m?.status === 'pending') throw new AppError(403, 'CHECKIN_NOT_MEMBER');
      await joinClass(d, c, actor.personId, 'qr');
    }
    return markAttendance(d, {
      sessionId: s.id,
      personId: actor.personId,
      classId: c.id,
      method: 'qr',
      by: null,
    });
  });
  return {
    classId: c.id,
    classTitle: c.title,
    sessionId: s.id,
    startsAt: s.startsAt.toISOString(),
    status: 'present' as const,
    already: !marked,
  };
}

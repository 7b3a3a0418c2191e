// Mentors ("Đại sứ số"): the rules. A learner who reached a level volunteers for it (an officer
// may appoint anyone of their scope); a mentor gets an invite code and the role 'mentor' at their
// commune; a mentee accepts an invitation or an officer pairs them (one active mentor at a time,
// never oneself, never for a level already reached; retries change nothing); the mentor follows
// and nudges their mentees (once a Vietnam day each) and may end a mentorship. Pairing is
// mentoring.pairing.ts.
import { randomInt } from 'node:crypto';
import QRCode from 'qrcode';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { errors } from '../../errors.ts';
import { type Actor, authorize, type Placement } from '../access/access.policy.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { notify } from '../engagement/notifications.ts';
import { insertRoleAssignment } from '../identity/identity.repository.ts';
import { startOfVnDay, vnDay, weekOf } from '../monitoring/calendar.ts';
import { getPerson } from '../people/people.repository.ts';
import { placementOf } from '../people/people.service.ts';
import {
  type LevelDef,
  levelOf,
  listLevels,
  publicLevel,
  requireLevel,
  standingOn,
} from './mentoring.levels.ts';
import {
  accountOf,
  activeMentorshipOf,
  claimNudge,
  endMentorship,
  getMentor,
  getMentorship,
  insertMentor,
  inviteCodeTaken,
  listMentees,
  type MentorRow,
} from './mentoring.repository.ts';
import { INVITE_ALPHABET, MENTEE_TARGET, type MentorViewT } from './mentoring.schemas.ts';

export type Meta = { ip: string | null; requestId: string | null };

export const recordOf = (m: Pick<MentorRow, 'helped' | 'active' | 'passed'>) => ({
  helped: m.helped,
  active: m.active,
  passed: m.passed,
  target: MENTEE_TARGET,
  met: m.passed >= MENTEE_TARGET,
});

export async function presentMentor(db: Db, m: MentorRow): Promise<MentorViewT> {
  return {
    personId: m.personId,
    name: m.name,
    level: publicLevel(await levelOf(db, m.level)),
    unitId: m.unitId,
    unitName: m.unitName,
    source: m.source,
    status: m.status,
    since: m.since,
    inviteCode: m.inviteCode,
    record: recordOf(m),
  };
}

export const mentorPlacement = (m: MentorRow): Placement => ({
  unitPaths: [m.unitPath],
  organisationPath: m.organisationPath,
});

export const inviteUrl = (origin: string, code: string) => `${origin}/learn/mentor/${code}`;

async function freshInviteCode(db: Db): Promise<string> {
  for (;;) {
    const code = Array.from({ length: 8 }, () => INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)]).join('');
    if (!(await inviteCodeTaken(db, code))) return code;
  }
}

export async function loadPersonRow(db: Db, personId: string) {
  const p = await getPerson(db, personId);
  if (!p) throw errors.notFound('PERSON_NOT_FOUND');
  return p;
}

/**
 * Makes the person a mentor of the level with a fresh invite code, and gives their account (if
 * any) the role 'mentor' at their commune. Returns false when they were a mentor already.
 */
async function makeMentor(
  ctx: AppContext,
  v: { personId: string; level: LevelDef; source: 'volunteer' | 'appointed'; actor: Actor },
  audit: Meta | null,
): Promise<MentorRow> {
  const person = await loadPersonRow(ctx.db, v.personId);
  const existing = await getMentor(ctx.db, v.personId);
  if (existing) {
    if (existing.level !== v.level.id) throw errors.conflict('ALREADY_MENTOR');
    return existing;
  }
  if (!person.unitId || !person.unitPath)
    throw errors.validation([
      {
        path: 'personId',
        message: 'Cần có xã/phường nơi sinh sống để làm Đại sứ số|A commune is needed to be an ambassador',
      },
    ]);
  const accountId = await accountOf(ctx.db, v.personId);
  await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    const inserted = await insertMentor(db, {
      personId: v.personId,
      level: v.level.id,
      unitId: person.unitId as number,
      unitPath: person.unitPath as string,
      inviteCode: await freshInviteCode(db),
      source: v.source,
      appointedBy: v.source === 'appointed' ? v.actor.accountId : null,
    });
    if (!inserted) return;
    if (accountId)
      await insertRoleAssignment(db, {
        accountId,
        role: 'mentor',
        unitId: person.unitId,
        organisationId: null,
        createdBy: v.actor.accountId,
      });
    if (audit)
      await recordAudit(db, {
        actorAccountId: v.actor.accountId,
        action: 'mentor.appoint',
        targetType: 'person',
        targetId: v.personId,
        details: {
          level: v.level.id,
          unitId: person.unitId,
          name: person.fullName,
          // The account's role 'mentor' at the commune, granted with the appointment.
          roleGranted: accountId ? 'mentor' : null,
        },
        ...audit,
      });
  });
  if (accountId) ctx.sessions.forgetAccount(accountId);
  const made = await getMentor(ctx.db, v.personId);
  if (!made) throw errors.notFound('MENTOR_NOT_FOUND');
  if (made.level !== v.level.id) throw errors.conflict('ALREADY_MENTOR');
  return made;
}

/** A learner volunteers for a level they reached. */
export async function volunteer(ctx: AppContext, actor: Actor, levelId: string) {
  const level = await requireLevel(ctx.db, levelId);
  const existing = await getMentor(ctx.db, actor.personId);
  if (!existing && !(await standingOn(ctx.db, actor.personId, level)).reached)
    throw errors.conflict('LEVEL_NOT_REACHED');
  return presentMentor(
    ctx.db,
    await makeMentor(ctx, { personId: actor.personId, level, source: 'volunteer', actor }, null),
  );
}

/** An officer appoints a person of their scope (audited). */
export async function appoint(
  ctx: AppContext,
  actor: Actor,
  b: { personId: string; level: string },
  meta: Meta,
) {
  const person = await loadPersonRow(ctx.db, b.personId);
  authorize(actor, 'network.manage', placementOf(person));
  const level = await requireLevel(ctx.db, b.level);
  return presentMentor(
    ctx.db,
    await makeMentor(ctx, { personId: b.personId, level, source: 'appointed', actor }, meta),
  );
}

// ---------------------------------------------------------------------------------------------
// The learner's page, the mentor's mentees

export async function myMentoring(ctx: AppContext, actor: Actor, origin: string) {
  const db = ctx.db;
  const levels = await listLevels(db);
  const mine = await getMentor(db, actor.personId);
  let mentor = null;
  if (mine) {
    const url = inviteUrl(origin, mine.inviteCode);
    const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    mentor = { ...(await presentMentor(db, mine)), inviteUrl: url, qrSvg };
  }
  const standings = [];
  for (const l of levels) standings.push({ ...publicLevel(l), ...(await standingOn(db, actor.personId, l)) });
  const active = await activeMentorshipOf(db, actor.personId);
  return {
    mentor,
    levels: standings,
    myMentor: active
      ? {
          personId: active.mentorId,
          name: active.mentorName,
          level: publicLevel(await levelOf(db, active.level)),
          since: active.startedAt,
          source: active.source,
        }
      : null,
  };
}

async function requireMentor(db: Db, personId: string) {
  const mentor = await getMentor(db, personId);
  if (!mentor) throw errors.notFound('MENTOR_NOT_FOUND');
  return mentor;
}

export async function myMentees(db: Db, actor: Actor, now = new Date()) {
  const mentor = await requireMentor(db, actor.personId);
  const level = await levelOf(db, mentor.level);
  const today = vnDay(now);
  const dayStart = startOfVnDay(today).getTime();
  const total = level.kind === 'attainment' ? 1 : level.modules.length;
  const rows = await listMentees(
    db,
    { personId: mentor.personId, level: level.id },
    level.modules,
    weekOf(today),
  );
  return {
    level: publicLevel(level),
    record: recordOf(mentor),
    items: rows.map((r) => ({
      personId: r.personId,
      name: r.name,
      unitName: r.unitName,
      status: r.status,
      source: r.source,
      startedAt: r.startedAt,
      passedAt: r.passedAt,
      progress: {
        done: level.kind === 'attainment' ? (r.reached ? 1 : 0) : r.done,
        total,
        reached: r.reached || r.status === 'passed',
      },
      lastActiveAt: r.lastActiveAt,
      minutesThisWeek: Math.floor(r.seconds / 60),
      streak: r.streak,
      lastNudgedAt: r.lastNudgedAt,
      canNudge: r.status === 'active' && (!r.lastNudgedAt || new Date(r.lastNudgedAt).getTime() < dayStart),
    })),
  };
}

/** The mentor reminds an active mentee to keep learning: once a Vietnam day per mentee. */
export async function nudge(db: Db, actor: Actor, menteeId: string, now = new Date()) {
  const mentor = await requireMentor(db, actor.personId);
  const ms = await getMentorship(db, mentor.personId, menteeId);
  if (ms?.status !== 'active') throw errors.notFound('MENTORSHIP_NOT_FOUND');
  const today = vnDay(now);
  await db.transaction(async (tx) => {
    const d = tx as Db;
    if (!(await claimNudge(d, mentor.personId, menteeId, now, startOfVnDay(today))))
      throw errors.conflict('NUDGE_TOO_SOON');
    await notify(d, menteeId, 'mentoring', `nudge:${mentor.personId}:${today}`, {
      event: 'nudge',
      mentorId: mentor.personId,
      mentorName: mentor.name,
      message: `${mentor.name} (Đại sứ số) nhắc bạn học tiếp hôm nay. Cố lên!`,
      messageEn: `${mentor.name} (your digital ambassador) reminds you to keep learning today. You can do it!`,
    });
  });
}

/** The mentor ends an active mentorship. */
export async function endAsMentor(db: Db, actor: Actor, menteeId: string, now = new Date()) {
  const mentor = await requireMentor(db, actor.personId);
  if (!(await endMentorship(db, mentor.personId, menteeId, now)))
    throw errors.notFound('MENTORSHIP_NOT_FOUND');
}

/** The mentee leaves their mentor (then may accept another one). */
export async function leaveMentor(db: Db, actor: Actor, now = new Date()) {
  const active = await activeMentorshipOf(db, actor.personId);
  if (!active || !(await endMentorship(db, active.mentorId, actor.personId, now)))
    throw errors.notFound('MENTORSHIP_NOT_FOUND');
}

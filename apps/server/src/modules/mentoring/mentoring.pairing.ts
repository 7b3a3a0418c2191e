// Pairing mentors and mentees: by invitation (the mentee opens the mentor's link or QR code and
// accepts) or by an officer of both people's scope (audited). One active mentor at a time per
// mentee (their row is locked while pairing), never oneself, never for a level already reached;
// a retried request changes nothing. The mentor is told (and the mentee, when an officer pairs).
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { errors } from '../../errors.ts';
import { type Actor, authorize } from '../access/access.policy.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { notify } from '../engagement/notifications.ts';
import { vnDay } from '../monitoring/calendar.ts';
import { placementOf } from '../people/people.service.ts';
import { levelOf, publicLevel, standingOn } from './mentoring.levels.ts';
import {
  activeMentorshipOf,
  getMentor,
  getMentorByCode,
  getMentorship,
  lockPerson,
  type MentorRow,
  upsertMentorship,
} from './mentoring.repository.ts';
import { loadPersonRow, type Meta, mentorPlacement } from './mentoring.service.ts';

/**
 * Starts the mentorship in one transaction (the mentee's row locked: one active mentor at a time).
 * Returns false when it was active already (a retried request).
 */
async function pairIn(
  ctx: AppContext,
  mentor: MentorRow,
  menteeId: string,
  by: { source: 'invite' | 'officer'; actor: Actor },
  audit: Meta | null,
  now: Date,
): Promise<boolean> {
  if (mentor.personId === menteeId) throw errors.conflict('CANNOT_MENTOR_SELF');
  const level = await levelOf(ctx.db, mentor.level);
  return ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    await lockPerson(db, menteeId);
    const active = await activeMentorshipOf(db, menteeId);
    if (active?.mentorId === mentor.personId) return false;
    if (active) throw errors.conflict('HAS_OTHER_MENTOR');
    if ((await standingOn(db, menteeId, level)).reached) throw errors.conflict('MENTEE_REACHED_LEVEL');
    await upsertMentorship(db, {
      mentorId: mentor.personId,
      menteeId,
      source: by.source,
      pairedBy: by.source === 'officer' ? by.actor.accountId : null,
      now,
    });
    const mentee = await loadPersonRow(db, menteeId);
    const day = vnDay(now);
    await notify(db, mentor.personId, 'mentoring', `mentee:${menteeId}:${day}`, {
      event: 'mentee_joined',
      menteeId,
      menteeName: mentee.fullName,
      message: `${mentee.fullName} đã nhận bạn làm người hướng dẫn (${level.title}).`,
      messageEn: `${mentee.fullName} is now your mentee (${level.titleEn ?? level.title}).`,
    });
    if (by.source === 'officer')
      await notify(db, menteeId, 'mentoring', `mentor:${mentor.personId}:${day}`, {
        event: 'mentor_paired',
        mentorId: mentor.personId,
        mentorName: mentor.name,
        message: `${mentor.name} (Đại sứ số) sẽ hướng dẫn bạn: ${level.title}.`,
        messageEn: `${mentor.name} (digital ambassador) will guide you: ${level.titleEn ?? level.title}.`,
      });
    if (audit)
      await recordAudit(db, {
        actorAccountId: by.actor.accountId,
        action: 'mentorship.pair',
        targetType: 'person',
        targetId: menteeId,
        details: { mentorId: mentor.personId, level: mentor.level, menteeName: mentee.fullName },
        ...audit,
      });
    return true;
  });
}

async function activeMentorByCode(db: Db, code: string) {
  const mentor = await getMentorByCode(db, code);
  if (mentor?.status !== 'active') throw errors.notFound('INVITE_NOT_FOUND');
  return mentor;
}

/** The invitation behind a code, and where I stand with it. */
export async function viewInvite(db: Db, actor: Actor, code: string) {
  const mentor = await activeMentorByCode(db, code);
  const level = await levelOf(db, mentor.level);
  const active = await activeMentorshipOf(db, actor.personId);
  const state =
    mentor.personId === actor.personId
      ? ('own' as const)
      : active?.mentorId === mentor.personId
        ? ('accepted' as const)
        : active
          ? ('has_other_mentor' as const)
          : (await standingOn(db, actor.personId, level)).reached
            ? ('reached' as const)
            : ('open' as const);
  return {
    code: mentor.inviteCode,
    mentor: { personId: mentor.personId, name: mentor.name, unitName: mentor.unitName },
    level: publicLevel(level),
    state,
  };
}

export async function acceptInvite(ctx: AppContext, actor: Actor, code: string, now = new Date()) {
  const mentor = await activeMentorByCode(ctx.db, code);
  const created = await pairIn(ctx, mentor, actor.personId, { source: 'invite', actor }, null, now);
  const ms = await getMentorship(ctx.db, mentor.personId, actor.personId);
  return {
    mentor: { personId: mentor.personId, name: mentor.name },
    level: publicLevel(await levelOf(ctx.db, mentor.level)),
    since: ms?.startedAt ?? now.toISOString(),
    created,
  };
}

/** An officer pairs a mentor and a mentee, both in their scope (audited). */
export async function pairByOfficer(
  ctx: AppContext,
  actor: Actor,
  b: { mentorId: string; menteeId: string },
  meta: Meta,
  now = new Date(),
) {
  const mentor = await getMentor(ctx.db, b.mentorId);
  if (!mentor) throw errors.notFound('MENTOR_NOT_FOUND');
  authorize(actor, 'network.manage', mentorPlacement(mentor));
  const mentee = await loadPersonRow(ctx.db, b.menteeId);
  authorize(actor, 'network.manage', placementOf(mentee));
  if (mentor.status !== 'active') throw errors.notFound('MENTOR_NOT_FOUND');
  const created = await pairIn(ctx, mentor, b.menteeId, { source: 'officer', actor }, meta, now);
  const ms = await getMentorship(ctx.db, mentor.personId, b.menteeId);
  return {
    mentorId: mentor.personId,
    menteeId: b.menteeId,
    menteeName: mentee.fullName,
    since: ms?.startedAt ?? now.toISOString(),
    created,
  };
}

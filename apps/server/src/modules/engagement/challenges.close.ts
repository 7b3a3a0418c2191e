// Closing ended challenges, once: run by the engagement calendar on every server, each challenge
// claimed by one of them (row lock, skip locked), its results announced in the same transaction.
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { vnDay } from '../monitoring/calendar.ts';
import {
  type ChallengeRow,
  claimEndedChallenge,
  learnersIn,
  markClosed,
  scoredParticipants,
} from './challenges.repository.ts';
import { standingsOf } from './challenges.results.ts';
import { goalTarget } from './challenges.schemas.ts';
import { goalModules, loadChallenge, progressOf } from './challenges.service.ts';
import { notifyMany } from './notifications.ts';

/** Places a contest's winners are announced for. */
const WINNERS = 3;

/**
 * Closes every challenge that ended before today (Vietnam), one transaction each: the row is
 * locked (another server skips it), the learners who completed it and the learners of a contest's
 * top places are notified once (kind "challenge", keyed by the challenge), and it is marked closed.
 */
export async function closeEndedChallenges(db: Db, now = new Date(), max = 20): Promise<number> {
  const today = vnDay(now);
  let closed = 0;
  for (let i = 0; i < max; i++) {
    const done = await db.transaction(async (tx) => {
      const t = tx as Db;
      const id = await claimEndedChallenge(t, today);
      if (!id) return false;
      const c = await loadChallenge(t, id);
      await announceResults(t, c);
      await markClosed(t, id);
      return true;
    });
    if (!done) break;
    closed++;
  }
  return closed;
}

async function announceResults(db: Db, c: ChallengeRow) {
  const modules = await goalModules(db, c.goal);
  const value = progressOf(c, modules);
  const target = goalTarget(c.goal);
  const base = { challengeId: c.id, title: c.title, endsOn: c.endsOn, kind: c.goal.kind, target };
  const payloads = new Map<string, Record<string, unknown>>();
  const completers = await scoredParticipants(db, c, value, target, {
    done: true,
    limit: 1_000_000,
    offset: 0,
  });
  for (const p of completers) payloads.set(p.person_id, { ...base, completed: true, value: Number(p.value) });
  const winners = c.contest
    ? (await standingsOf(db, c, modules)).filter((s) => s.rank !== null && s.rank <= WINNERS && s.done > 0)
    : [];
  for (const w of winners)
    for (const personId of await learnersIn(db, c, w.path))
      payloads.set(personId, {
        ...base,
        completed: false,
        ...payloads.get(personId),
        placeName: w.name,
        placeRank: w.rank,
      });
  const notified = await notifyMany(
    db,
    'challenge',
    c.id,
    [...payloads].map(([personId, payload]) => ({ personId, payload })),
  );
  await recordAudit(db, {
    actorAccountId: null,
    action: 'challenge.close',
    targetType: 'challenge',
    targetId: c.id,
    details: {
      title: c.title,
      completed: completers.length,
      notified,
      winners: winners.map((w) => ({ name: w.name, rank: w.rank, share: w.share })),
    },
  });
}

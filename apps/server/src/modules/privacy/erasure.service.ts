// Right to erasure: a person (or an officer on their behalf, at the office) asks; an officer with
// `people.erase` over the person confirms or rejects. Confirming runs the erasure in one
// transaction, driven by privacy.catalog: identifying fields are wiped, the account and what hangs
// on it deleted, and the learning records stay tied to the now-anonymous person id so that every
// campaign figure stays what it was.
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { AppError, errors } from '../../errors.ts';
import { iso } from '../../lib/http.ts';
import { type Actor, authorize } from '../access/access.policy.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { loadPerson, placementOf, type RequestMeta } from '../people/people.service.ts';
import { privacyCatalog } from './privacy.catalog.ts';
import * as repo from './privacy.repository.ts';

const erasurePending = () => new AppError(409, 'ERASURE_PENDING');
const erasureNotPending = () => new AppError(409, 'ERASURE_NOT_PENDING');
const personErased = () => new AppError(409, 'PERSON_ERASED');
const requestNotFound = () => errors.notFound('ERASURE_REQUEST_NOT_FOUND');

export function presentErasureRequest(r: repo.ErasureListRow) {
  const q = r.request;
  return {
    id: q.id,
    personId: q.personId,
    personName: r.erasedAt ? null : r.personName,
    unitId: r.unitId,
    unitName: r.unitName,
    status: q.status as 'pending' | 'completed' | 'rejected' | 'cancelled',
    reason: q.reason,
    requestedAt: iso(q.requestedAt),
    requestedBy: q.requestedBy as 'self' | 'officer',
    decidedAt: q.decidedAt ? iso(q.decidedAt) : null,
    decidedByName: r.decidedByName,
    decisionNote: q.decisionNote,
  };
}

async function presentById(db: Db, id: string) {
  const row = await repo.erasureListRow(db, id);
  if (!row) throw requestNotFound();
  return presentErasureRequest(row);
}

const isUniqueViolation = (e: unknown) => {
  const err = e as { code?: string; cause?: { code?: string } };
  return err.code === '23505' || err.cause?.code === '23505';
};

/** Records a request; one pending request per person. */
export async function requestErasure(
  ctx: AppContext,
  personId: string,
  by: { requestedBy: 'self' | 'officer'; accountId: string; reason?: string },
  meta: RequestMeta,
) {
  const person = await loadPerson(ctx.db, personId);
  if (person.erasedAt) throw personErased();
  if (await repo.pendingErasureRequest(ctx.db, personId)) throw erasurePending();
  const row = await ctx.db
    .transaction(async (tx) => {
      const r = await repo.insertErasureRequest(tx as Db, {
        personId,
        reason: by.reason || null,
        requestedBy: by.requestedBy,
        requestedByAccountId: by.accountId,
      });
      await recordAudit(tx as Db, {
        actorAccountId: by.accountId,
        action: 'person.erasure_requested',
        targetType: 'person',
        targetId: personId,
        details: { requestId: r.id, requestedBy: by.requestedBy },
        ...meta,
      });
      return r;
    })
    .catch((e) => {
      // Two requests at once: the partial unique index lets one through.
      throw isUniqueViolation(e) ? erasurePending() : e;
    });
  return presentById(ctx.db, row.id);
}

/** The person withdraws their pending request. */
export async function cancelMyErasureRequest(ctx: AppContext, actor: Actor, meta: RequestMeta) {
  const pending = await repo.pendingErasureRequest(ctx.db, actor.personId);
  if (!pending) throw requestNotFound();
  await ctx.db.transaction(async (tx) => {
    await repo.updateErasureRequest(tx as Db, pending.id, { status: 'cancelled', decidedAt: new Date() });
    await recordAudit(tx as Db, {
      actorAccountId: actor.accountId,
      action: 'person.erasure_cancelled',
      targetType: 'person',
      targetId: actor.personId,
      details: { requestId: pending.id },
      ...meta,
    });
  });
}

/** Loads a request and checks the officer may decide it: `people.erase` over the person, not themself. */
async function loadForDecision(ctx: AppContext, actor: Actor, id: string) {
  const request = await repo.getErasureRequest(ctx.db, id);
  if (!request) throw requestNotFound();
  const person = await loadPerson(ctx.db, request.personId);
  authorize(actor, 'people.erase', placementOf(person));
  // An erasure is decided by someone else than the person it erases.
  if (request.personId === actor.personId) throw errors.forbidden();
  return request;
}

export async function confirmErasure(
  ctx: AppContext,
  actor: Actor,
  id: string,
  note: string | undefined,
  meta: RequestMeta,
) {
  const request = await loadForDecision(ctx, actor, id);
  const accountId = await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    const locked = await repo.getErasureRequest(db, request.id, true);
    if (locked?.status !== 'pending') throw erasureNotPending();
    const erasedAccount = await erasePerson(db, request.personId);
    await repo.updateErasureRequest(db, request.id, {
      status: 'completed',
      decidedAt: new Date(),
      decidedByAccountId: actor.accountId,
      decisionNote: note || null,
    });
    await recordAudit(db, {
      actorAccountId: actor.accountId,
      action: 'person.erased',
      targetType: 'person',
      targetId: request.personId,
      details: { requestId: request.id },
      ...meta,
    });
    return erasedAccount;
  });
  // Their signed-in sessions are gone with the account; drop them from the cache too.
  if (accountId) ctx.sessions.forgetAccount(accountId);
  return presentById(ctx.db, request.id);
}

export async function rejectErasure(
  ctx: AppContext,
  actor: Actor,
  id: string,
  note: string,
  meta: RequestMeta,
) {
  const request = await loadForDecision(ctx, actor, id);
  await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    const locked = await repo.getErasureRequest(db, request.id, true);
    if (locked?.status !== 'pending') throw erasureNotPending();
    await repo.updateErasureRequest(db, request.id, {
      status: 'rejected',
      decidedAt: new Date(),
      decidedByAccountId: actor.accountId,
      decisionNote: note,
    });
    await recordAudit(db, {
      actorAccountId: actor.accountId,
      action: 'person.erasure_rejected',
      targetType: 'person',
      targetId: request.personId,
      details: { requestId: request.id },
      ...meta,
    });
  });
  return presentById(ctx.db, request.id);
}

const rowsOf = <T>(r: unknown): T[] => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];

/**
 * Erases a person inside the caller's transaction; returns the deleted account's id. Kept for the
 * figures: residence, organisation, household, birth year, target groups and vulnerabilities (the
 * KPI populations filter on them), and every learning record. Wiped: name, birth date, gender,
 * phone, email, national ID, and the household's head name when it is theirs.
 */
export async function erasePerson(db: Db, personId: string): Promise<string | null> {
  const [account] = rowsOf<{ id: string }>(
    await db.execute(sql`select id from accounts where person_id = ${personId}::uuid`),
  );
  for (const e of privacyCatalog) {
    const id = e.key === 'account' ? account?.id : personId;
    if (!id || e.erase.action === 'keep' || e.erase.action === 'custom') continue;
    const where = sql`${sql.identifier(e.column)} = ${id}::uuid`;
    if (e.erase.action === 'delete') {
      await db.execute(sql`delete from ${sql.identifier(e.table)} where ${where}`);
    } else {
      const sets = Object.entries(e.erase.set).map(
        ([col, value]) => sql`${sql.identifier(col)} = ${sql.raw(value)}`,
      );
      await db.execute(sql`update ${sql.identifier(e.table)} set ${sql.join(sets, sql`, `)} where ${where}`);
    }
  }
  // Off the public boards (which list everyone with XP unless hidden), nickname gone.
  await db.execute(sql`insert into learner_stats (person_id, public, display_name)
    select ${personId}::uuid, false, null
    where exists (select 1 from xp_totals where person_id = ${personId}::uuid)
       or exists (select 1 from learner_stats where person_id = ${personId}::uuid)
    on conflict (person_id) do update set public = false, display_name = null, updated_at = now()`);
  // The account goes; its sessions, reset codes and roles cascade with it.
  if (account) await db.execute(sql`delete from accounts where id = ${account.id}::uuid`);
  await db.execute(sql`update households h set head_name = null
    from people p
    where p.id = ${personId}::uuid and h.id = p.household_id and h.head_name is not null
      and lower(trim(h.head_name)) = lower(trim(p.full_name))`);
  // The name tails follow search_text by trigger (migration 0005): '' has none.
  await db.execute(sql`update people set
      full_name = '', search_text = '', birth_date = null, gender = null, phone = null, email = null,
      national_id_cipher = null, national_id_hash = null, national_id_last4 = null,
      erased_at = now(), updated_at = now()
    where id = ${personId}::uuid`);
  return account?.id ?? null;
}

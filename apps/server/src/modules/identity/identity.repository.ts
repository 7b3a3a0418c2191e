// Queries for accounts, sessions, role grants, password resets and login throttling.
import { and, eq, gt, isNull, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  accounts,
  loginThrottle,
  organisations,
  passwordResets,
  people,
  roleAssignments,
  sessions,
  units,
} from '../../db/schema/index.ts';
import type { Grant, Role } from '../access/access.policy.ts';
import type { ThrottleState } from './throttle.ts';

export type AccountRow = typeof accounts.$inferSelect;

export async function findAccountByLogin(db: Db, login: { phone?: string; email?: string }) {
  const cond = login.phone ? eq(accounts.phone, login.phone) : eq(accounts.email, login.email ?? '');
  const [row] = await db.select().from(accounts).where(cond).limit(1);
  return row;
}

export async function findAccount(db: Db, id: string) {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id)).limit(1);
  return row;
}

export async function findAccountByPerson(db: Db, personId: string) {
  const [row] = await db.select().from(accounts).where(eq(accounts.personId, personId)).limit(1);
  return row;
}

export async function insertAccount(
  db: Db,
  v: { personId: string; phone: string | null; email: string | null; passwordHash: string },
) {
  const [row] = await db.insert(accounts).values(v).returning();
  if (!row) throw new Error('account insert returned nothing');
  return row;
}

export async function updatePassword(db: Db, accountId: string, passwordHash: string) {
  await db
    .update(accounts)
    .set({ passwordHash, passwordChangedAt: new Date() })
    .where(eq(accounts.id, accountId));
}

export async function updateAccountLogins(
  db: Db,
  accountId: string,
  v: { phone?: string | null; email?: string | null },
) {
  await db.update(accounts).set(v).where(eq(accounts.id, accountId));
}

export async function insertSession(
  db: Db,
  v: {
    tokenHash: string;
    accountId: string;
    csrfToken: string;
    ip: string;
    userAgent: string | null;
    expiresAt: Date;
  },
) {
  await db.insert(sessions).values(v);
}

export async function findLiveSession(db: Db, tokenHash: string) {
  const [row] = await db
    .select({
      tokenHash: sessions.tokenHash,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      accountId: accounts.id,
      personId: accounts.personId,
      status: accounts.status,
    })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date())))
    .limit(1);
  return row;
}

export async function touchSession(db: Db, tokenHash: string, expiresAt: Date) {
  await db
    .update(sessions)
    .set({ lastSeenAt: new Date(), expiresAt })
    .where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of an account, optionally keeping one (the caller's). */
export async function deleteAccountSessions(db: Db, accountId: string, keepTokenHash?: string) {
  const cond = keepTokenHash
    ? and(eq(sessions.accountId, accountId), ne(sessions.tokenHash, keepTokenHash))
    : eq(sessions.accountId, accountId);
  await db.delete(sessions).where(cond);
}

export async function loadGrants(db: Db, accountId: string): Promise<Grant[]> {
  const rows = await db
    .select({
      id: roleAssignments.id,
      role: roleAssignments.role,
      unitId: roleAssignments.unitId,
      unitPath: units.path,
      unitName: units.fullName,
      organisationId: roleAssignments.organisationId,
      organisationPath: organisations.path,
      organisationName: organisations.name,
    })
    .from(roleAssignments)
    .leftJoin(units, eq(units.id, roleAssignments.unitId))
    .leftJoin(organisations, eq(organisations.id, roleAssignments.organisationId))
    .where(eq(roleAssignments.accountId, accountId))
    .orderBy(roleAssignments.createdAt);
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

export async function findRoleAssignment(db: Db, id: string) {
  const [row] = await db.select().from(roleAssignments).where(eq(roleAssignments.id, id)).limit(1);
  return row;
}

export async function insertRoleAssignment(
  db: Db,
  v: {
    accountId: string;
    role: Role;
    unitId: number | null;
    organisationId: string | null;
    createdBy: string | null;
  },
) {
  const [row] = await db
    .insert(roleAssignments)
    .values(v)
    .onConflictDoNothing()
    .returning({ id: roleAssignments.id });
  if (row) return row.id;
  const [existing] = await db
    .select({ id: roleAssignments.id })
    .from(roleAssignments)
    .where(
      and(
        eq(roleAssignments.accountId, v.accountId),
        eq(roleAssignments.role, v.role),
        v.unitId === null ? isNull(roleAssignments.unitId) : eq(roleAssignments.unitId, v.unitId),
        v.organisationId === null
          ? isNull(roleAssignments.organisationId)
          : eq(roleAssignments.organisationId, v.organisationId),
      ),
    );
  if (!existing) throw new Error('role assignment vanished');
  return existing.id;
}

export async function deleteRoleAssignment(db: Db, id: string) {
  await db.delete(roleAssignments).where(eq(roleAssignments.id, id));
}

export async function personSummary(db: Db, personId: string) {
  const [row] = await db
    .select({ id: people.id, fullName: people.fullName, unitId: people.unitId })
    .from(people)
    .where(eq(people.id, personId));
  return row;
}

export async function readThrottle(db: Db, keys: string[]) {
  const rows = await db
    .select()
    .from(loginThrottle)
    .where(or(...keys.map((k) => eq(loginThrottle.key, k))));
  return new Map<string, ThrottleState>(rows.map((r) => [r.key, r]));
}

export async function writeThrottle(db: Db, key: string, s: ThrottleState) {
  await db
    .insert(loginThrottle)
    .values({ key, ...s })
    .onConflictDoUpdate({ target: loginThrottle.key, set: { ...s } });
}

export async function clearThrottle(db: Db, key: string) {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}

export async function insertPasswordReset(
  db: Db,
  v: { tokenHash: string; accountId: string; expiresAt: Date },
) {
  await db.insert(passwordResets).values(v);
}

/** Marks a live reset token used and returns its account, atomically (one use only). */
export async function consumePasswordReset(db: Db, tokenHash: string) {
  const [row] = await db
    .update(passwordResets)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(passwordResets.tokenHash, tokenHash),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, new Date()),
      ),
    )
    .returning({ accountId: passwordResets.accountId });
  return row;
}

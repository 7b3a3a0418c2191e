// Accounts and sessions: registration, sign-in with throttling, sign-out, password change and
// reset. No HTTP here; routes call these with the request's context.
import { createHash, randomBytes } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { errors } from '../../errors.ts';
import { normaliseEmail, normalisePhone } from '../../lib/text.ts';
import type { Role } from '../access/access.policy.ts';
import { insertPersonRecord } from '../people/people.service.ts';
import { recordConsents } from '../privacy/consent.service.ts';
import * as repo from './identity.repository.ts';
import { burnPasswordCheck, hashPassword, verifyPassword } from './passwords.ts';
import { accountRule, addressRule, lockedFor, recordFailure } from './throttle.ts';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const token = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** A login is a phone number or an email; anything else is rejected. */
export function parseLogin(login: string): { phone?: string; email?: string } | null {
  const trimmed = login.trim();
  if (trimmed.includes('@'))
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed) ? { email: normaliseEmail(trimmed) } : null;
  const phone = normalisePhone(trimmed);
  return phone ? { phone } : null;
}

export interface NewSession {
  token: string;
  csrfToken: string;
  accountId: string;
  expiresAt: Date;
}

export async function startSession(
  ctx: AppContext,
  accountId: string,
  client: { ip: string; userAgent: string | null },
): Promise<NewSession> {
  const t = token();
  const csrfToken = token(24);
  const expiresAt = new Date(Date.now() + ctx.env.sessionTtlHours * 3_600_000);
  await repo.insertSession(ctx.db, { tokenHash: sha256(t), accountId, csrfToken, expiresAt, ...client });
  return { token: t, csrfToken, accountId, expiresAt };
}

export async function login(
  ctx: AppContext,
  input: { login: string; password: string },
  client: { ip: string; userAgent: string | null },
): Promise<NewSession> {
  const parsed = parseLogin(input.login);
  const accountKey = `account:${parsed?.email ?? parsed?.phone ?? input.login.trim().toLowerCase()}`;
  const addressKey = `address:${client.ip}`;
  const now = new Date();
  const states = await repo.readThrottle(ctx.db, [accountKey, addressKey]);
  const wait = Math.max(lockedFor(states.get(accountKey), now), lockedFor(states.get(addressKey), now));
  if (wait > 0) throw errors.loginLocked(wait);

  const account = parsed ? await repo.findAccountByLogin(ctx.db, parsed) : undefined;
  const ok = account ? await verifyPassword(account.passwordHash, input.password) : false;
  if (!account) await burnPasswordCheck(input.password);
  if (!ok || !account || account.status !== 'active') {
    const a = recordFailure(states.get(accountKey), accountRule, now);
    const b = recordFailure(states.get(addressKey), addressRule, now);
    await repo.writeThrottle(ctx.db, accountKey, a);
    await repo.writeThrottle(ctx.db, addressKey, b);
    throw errors.invalidCredentials();
  }
  await repo.clearThrottle(ctx.db, accountKey);
  return startSession(ctx, account.id, client);
}

export async function logout(ctx: AppContext, tokenHash: string) {
  await repo.deleteSession(ctx.db, tokenHash);
  ctx.sessions.forgetToken(tokenHash);
}

export async function logoutEverywhere(ctx: AppContext, accountId: string) {
  await repo.deleteAccountSessions(ctx.db, accountId);
  ctx.sessions.forgetAccount(accountId);
}

export async function changePassword(
  ctx: AppContext,
  actor: { accountId: string; sessionTokenHash: string },
  input: { currentPassword: string; newPassword: string },
) {
  const account = await repo.findAccount(ctx.db, actor.accountId);
  if (!account || !(await verifyPassword(account.passwordHash, input.currentPassword)))
    throw errors.wrongPassword();
  await ctx.db.transaction(async (tx) => {
    await repo.updatePassword(tx as Db, account.id, await hashPassword(input.newPassword));
    // A changed password ends every other session: a thief holding an old cookie is cut off.
    await repo.deleteAccountSessions(tx as Db, account.id, actor.sessionTokenHash);
  });
  ctx.sessions.forgetAccount(account.id);
}

export async function requestPasswordReset(ctx: AppContext, loginText: string) {
  const parsed = parseLogin(loginText);
  const account = parsed ? await repo.findAccountByLogin(ctx.db, parsed) : undefined;
  // Same answer whether or not the account exists: the endpoint must not reveal who is registered.
  if (account?.status !== 'active') return;
  const code = token(18);
  await repo.insertPasswordReset(ctx.db, {
    tokenHash: sha256(code),
    accountId: account.id,
    expiresAt: new Date(Date.now() + 30 * 60_000),
  });
  await ctx.resetChannel.deliver({ phone: account.phone, email: account.email }, code);
}

export async function confirmPasswordReset(ctx: AppContext, input: { token: string; newPassword: string }) {
  const hash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    const row = await repo.consumePasswordReset(tx as Db, sha256(input.token));
    if (!row) throw errors.resetTokenInvalid();
    await repo.updatePassword(tx as Db, row.accountId, hash);
    await repo.deleteAccountSessions(tx as Db, row.accountId);
    ctx.sessions.forgetAccount(row.accountId);
  });
}

/** Creates a person with an account and roles in one transaction (registration, CLI, demo). */
export async function createAccountWithPerson(
  ctx: AppContext,
  input: {
    fullName: string;
    login: string;
    password: string;
    unitId?: number | null;
    roles: { role: Role; unitId?: number | null; organisationId?: string | null }[];
    createdBy?: string | null;
    /** Purposes consented to at self-registration (already checked against the notice). */
    consent?: { purposes: string[]; ip: string | null };
  },
) {
  const parsed = parseLogin(input.login);
  if (!parsed)
    throw errors.validation([
      { path: 'login', message: 'Số điện thoại hoặc email không hợp lệ|Not a valid phone number or email' },
    ]);
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    const person = await insertPersonRecord(ctx, db, {
      fullName: input.fullName,
      unitId: input.unitId ?? null,
      phone: parsed.phone ?? null,
      email: parsed.email ?? null,
      targetGroups: [],
      vulnerabilities: [],
      createdBy: input.createdBy ?? null,
    });
    const account = await repo.insertAccount(db, {
      personId: person.id,
      phone: parsed.phone ?? null,
      email: parsed.email ?? null,
      passwordHash,
    });
    for (const r of input.roles) {
      await repo.insertRoleAssignment(db, {
        accountId: account.id,
        role: r.role,
        unitId: r.unitId ?? null,
        organisationId: r.organisationId ?? null,
        createdBy: input.createdBy ?? null,
      });
    }
    if (input.consent)
      await recordConsents(db, person.id, input.consent.purposes, 'self_registration', input.consent.ip);
    return { account, person };
  });
}

/** Gives an existing person (enrolled by an officer) a login of their own. */
export async function createAccountForPerson(
  ctx: AppContext,
  personId: string,
  input: { login: string; password: string },
  createdBy: string,
) {
  const parsed = parseLogin(input.login);
  if (!parsed)
    throw errors.validation([
      { path: 'login', message: 'Số điện thoại hoặc email không hợp lệ|Not a valid phone number or email' },
    ]);
  if (await repo.findAccountByPerson(ctx.db, personId)) throw errors.conflict('CONFLICT');
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const account = await repo.insertAccount(tx as Db, {
      personId,
      phone: parsed.phone ?? null,
      email: parsed.email ?? null,
      passwordHash,
    });
    await repo.insertRoleAssignment(tx as Db, {
      accountId: account.id,
      role: 'learner',
      unitId: null,
      organisationId: null,
      createdBy,
    });
    return account;
  });
}

// Granting and revoking roles. A grant is only as wide as the granter's own reach: a campaign
// office can appoint officers inside its province, never a system admin, never elsewhere.
import type { AppContext } from '../../context.ts';
import { errors } from '../../errors.ts';
import {
  type Actor,
  authorize,
  organisationScopedRoles,
  type Role,
  scopeOf,
  unitScopedRoles,
} from '../access/access.policy.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { getOrganisation } from '../organisations/organisations.repository.ts';
import { getPerson } from '../people/people.repository.ts';
import { getUnit } from '../units/units.repository.ts';
import * as repo from './identity.repository.ts';

interface Meta {
  ip: string | null;
  requestId: string | null;
}

/** Where the account's person sits: a role may be managed by whoever can manage that person. */
async function accountPlacement(ctx: AppContext, accountId: string) {
  const account = await repo.findAccount(ctx.db, accountId);
  if (!account) throw errors.notFound('ACCOUNT_NOT_FOUND');
  const person = await getPerson(ctx.db, account.personId);
  return {
    unitPaths: [person?.unitPath ?? null, person?.organisationUnitPath ?? null],
    organisationPath: person?.organisationPath ?? null,
  };
}

export async function listRoles(ctx: AppContext, actor: Actor, accountId: string) {
  if (accountId !== actor.accountId) authorize(actor, 'roles.read', await accountPlacement(ctx, accountId));
  return repo.loadGrants(ctx.db, accountId);
}

export async function grantRole(
  ctx: AppContext,
  actor: Actor,
  input: { accountId: string; role: Role; unitId?: number | null; organisationId?: string | null },
  meta: Meta,
) {
  const unitId = input.unitId ?? null;
  const organisationId = input.organisationId ?? null;
  if (unitScopedRoles.includes(input.role) && !unitId)
    throw errors.validation([
      { path: 'unitId', message: 'Vai trò này cần một đơn vị hành chính|This role needs a unit' },
    ]);
  if (organisationScopedRoles.includes(input.role) && !organisationId)
    throw errors.validation([
      { path: 'organisationId', message: 'Vai trò này cần một tổ chức|This role needs an organisation' },
    ]);
  if (input.role === 'system_admin' && !scopeOf(actor, 'roles.manage').all) throw errors.forbidden();

  const unit = unitId ? await getUnit(ctx.db, unitId) : undefined;
  if (unitId && !unit)
    throw errors.validation([{ path: 'unitId', message: 'Không tìm thấy đơn vị|Unit not found' }]);
  const org = organisationId ? await getOrganisation(ctx.db, organisationId) : undefined;
  if (organisationId && !org)
    throw errors.validation([
      { path: 'organisationId', message: 'Không tìm thấy tổ chức|Organisation not found' },
    ]);

  await accountPlacement(ctx, input.accountId);
  // The granted scope itself must lie inside the granter's scope.
  const place = unit
    ? { unitPaths: [unit.path] }
    : org
      ? { unitPaths: [org.unitPath], organisationPath: org.path }
      : await accountPlacement(ctx, input.accountId);
  authorize(actor, 'roles.manage', place);

  const id = await repo.insertRoleAssignment(ctx.db, {
    accountId: input.accountId,
    role: input.role,
    unitId,
    organisationId,
    createdBy: actor.accountId,
  });
  ctx.sessions.forgetAccount(input.accountId);
  await recordAudit(ctx.db, {
    actorAccountId: actor.accountId,
    action: 'role.grant',
    targetType: 'account',
    targetId: input.accountId,
    details: { role: input.role, unitId, organisationId, assignmentId: id },
    ...meta,
  });
  return id;
}

export async function revokeRole(ctx: AppContext, actor: Actor, id: string, meta: Meta) {
  const grant = await repo.findRoleAssignment(ctx.db, id);
  if (!grant) throw errors.notFound('ROLE_ASSIGNMENT_NOT_FOUND');
  if (grant.role === 'system_admin' && !scopeOf(actor, 'roles.manage').all) throw errors.forbidden();
  const unit = grant.unitId ? await getUnit(ctx.db, grant.unitId) : undefined;
  const org = grant.organisationId ? await getOrganisation(ctx.db, grant.organisationId) : undefined;
  const place = unit
    ? { unitPaths: [unit.path] }
    : org
      ? { unitPaths: [org.unitPath], organisationPath: org.path }
      : await accountPlacement(ctx, grant.accountId);
  authorize(actor, 'roles.manage', place);
  await repo.deleteRoleAssignment(ctx.db, id);
  ctx.sessions.forgetAccount(grant.accountId);
  await recordAudit(ctx.db, {
    actorAccountId: actor.accountId,
    action: 'role.revoke',
    targetType: 'account',
    targetId: grant.accountId,
    details: { role: grant.role, unitId: grant.unitId, organisationId: grant.organisationId },
    ...meta,
  });
}

// Organisation rules: placement in a unit, parent links without cycles, scope on every write.
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { errors } from '../../errors.ts';
import { foldVietnamese, tidyName } from '../../lib/text.ts';
import { type Actor, authorize } from '../access/access.policy.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { getUnit } from '../units/units.repository.ts';
import * as repo from './organisations.repository.ts';
import type { CreateOrganisationInput, UpdateOrganisationInput } from './organisations.schemas.ts';

export interface RequestMeta {
  ip: string | null;
  requestId: string | null;
}

export async function loadOrganisation(db: Db, id: string) {
  const org = await repo.getOrganisation(db, id);
  if (!org) throw errors.notFound('ORGANISATION_NOT_FOUND');
  return org;
}

async function unitPathOf(db: Db, unitId: number) {
  const unit = await getUnit(db, unitId);
  if (!unit)
    throw errors.validation([{ path: 'unitId', message: 'Không tìm thấy đơn vị hành chính|Unit not found' }]);
  return unit.path;
}

async function parentOf(db: Db, parentId: string | null | undefined) {
  if (!parentId) return null;
  const parent = await repo.getOrganisation(db, parentId);
  if (!parent)
    throw errors.validation([
      { path: 'parentId', message: 'Không tìm thấy tổ chức cấp trên|Parent not found' },
    ]);
  return parent;
}

export async function createOrganisation(
  ctx: AppContext,
  actor: Actor,
  input: CreateOrganisationInput,
  meta: RequestMeta,
) {
  return ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    const unitPath = await unitPathOf(db, input.unitId);
    const parent = await parentOf(db, input.parentId);
    // Creating inside the scope: the unit must be ours, or the new body hangs under one of ours.
    authorize(actor, 'organisations.create', { unitPaths: [unitPath], organisationPath: parent?.path });
    const id = crypto.randomUUID();
    await repo.insertOrganisation(db, {
      id,
      name: tidyName(input.name),
      searchText: foldVietnamese(input.name),
      type: input.type,
      unitId: input.unitId,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      taxCode: input.taxCode ?? null,
      address: input.address ?? null,
      workerCount: input.workerCount ?? null,
    });
    await recordAudit(db, {
      actorAccountId: actor.accountId,
      action: 'organisation.create',
      targetType: 'organisation',
      targetId: id,
      details: { name: input.name, type: input.type, unitId: input.unitId },
      ...meta,
    });
    return loadOrganisation(db, id);
  });
}

export async function updateOrganisation(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateOrganisationInput,
  meta: RequestMeta,
) {
  return ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    const org = await loadOrganisation(db, id);
    authorize(actor, 'organisations.update', { unitPaths: [org.unitPath], organisationPath: org.path });
    const unitPath = input.unitId ? await unitPathOf(db, input.unitId) : org.unitPath;
    let path = org.path;
    if (input.parentId !== undefined && input.parentId !== org.parentId) {
      const parent = await parentOf(db, input.parentId);
      if (parent?.path.startsWith(org.path)) throw errors.invalidParent();
      path = `${parent?.path ?? '/'}${id}/`;
    }
    // The record must stay inside the actor's scope after the change too.
    authorize(actor, 'organisations.update', { unitPaths: [unitPath], organisationPath: path });
    const { name, ...rest } = input;
    await repo.updateOrganisation(db, id, {
      ...rest,
      ...(name ? { name: tidyName(name), searchText: foldVietnamese(name) } : {}),
      path,
    });
    if (path !== org.path) await repo.rewriteSubtreePaths(db, org.path, path);
    await recordAudit(db, {
      actorAccountId: actor.accountId,
      action: 'organisation.update',
      targetType: 'organisation',
      targetId: id,
      details: { changed: Object.keys(input) },
      ...meta,
    });
    return loadOrganisation(db, id);
  });
}

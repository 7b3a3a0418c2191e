// People rules: who may enrol or edit whom, national ID numbers encrypted with a keyed hash for
// lookup, Vietnamese-folded names for search, and an audit entry for every change.
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { AppError, errors } from '../../errors.ts';
import { foldVietnamese, normaliseEmail, normalisePhone, tidyName } from '../../lib/text.ts';
import { type Actor, authorize, type Placement } from '../access/access.policy.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { getOrganisation } from '../organisations/organisations.repository.ts';
import { getUnit } from '../units/units.repository.ts';
import * as repo from './people.repository.ts';
import type { CreatePersonInput, UpdatePersonInput } from './people.schemas.ts';

export interface RequestMeta {
  ip: string | null;
  requestId: string | null;
}

export function placementOf(p: {
  unitPath: string | null;
  organisationPath: string | null;
  organisationUnitPath: string | null;
}): Placement {
  return { unitPaths: [p.unitPath, p.organisationUnitPath], organisationPath: p.organisationPath };
}

export async function loadPerson(db: Db, id: string) {
  const p = await repo.getPerson(db, id);
  if (!p) throw errors.notFound('PERSON_NOT_FOUND');
  return p;
}

export function nationalIdFields(ctx: AppContext, nationalId: string | null | undefined) {
  if (nationalId === undefined) return {};
  if (nationalId === null) return { nationalIdCipher: null, nationalIdHash: null, nationalIdLast4: null };
  return {
    nationalIdCipher: ctx.secrets.encrypt(nationalId),
    nationalIdHash: ctx.secrets.keyedHash(nationalId),
    nationalIdLast4: nationalId.slice(-4),
  };
}

/** Where a person with these unit/organisation ids would sit, for scope checks before writing. */
async function placementFor(
  db: Db,
  unitId: number | null,
  organisationId: string | null,
): Promise<Placement> {
  let unitPath: string | null = null;
  if (unitId) {
    const unit = await getUnit(db, unitId);
    if (!unit)
      throw errors.validation([
        { path: 'unitId', message: 'Không tìm thấy đơn vị hành chính|Unit not found' },
      ]);
    unitPath = unit.path;
  }
  let org: Awaited<ReturnType<typeof getOrganisation>> | undefined;
  if (organisationId) {
    org = await getOrganisation(db, organisationId);
    if (!org)
      throw errors.validation([
        { path: 'organisationId', message: 'Không tìm thấy tổ chức|Organisation not found' },
      ]);
  }
  return placementOf({
    unitPath,
    organisationPath: org?.path ?? null,
    organisationUnitPath: org?.unitPath ?? null,
  });
}

/** The raw insert used by enrolment, registration and imports (no authorization here). */
export async function insertPersonRecord(
  ctx: AppContext,
  db: Db,
  input: Omit<CreatePersonInput, 'unitId'> & { unitId: number | null; createdBy?: string | null },
) {
  return repo.insertPerson(db, {
    fullName: tidyName(input.fullName),
    searchText: foldVietnamese(input.fullName),
    birthDate: input.birthDate ?? null,
    birthYear: input.birthYear ?? (input.birthDate ? Number(input.birthDate.slice(0, 4)) : null),
    gender: input.gender ?? null,
    phone: input.phone ? normalisePhone(input.phone) : null,
    email: input.email ? normaliseEmail(input.email) : null,
    ...nationalIdFields(ctx, input.nationalId),
    unitId: input.unitId,
    organisationId: input.organisationId ?? null,
    householdId: input.householdId ?? null,
    targetGroups: input.targetGroups,
    vulnerabilities: input.vulnerabilities,
    createdBy: input.createdBy ?? null,
  });
}

export async function createPerson(
  ctx: AppContext,
  actor: Actor,
  input: CreatePersonInput,
  meta: RequestMeta,
) {
  return ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    authorize(actor, 'people.create', await placementFor(db, input.unitId, input.organisationId ?? null));
    const { id } = await insertPersonRecord(ctx, db, { ...input, createdBy: actor.accountId });
    await recordAudit(db, {
      actorAccountId: actor.accountId,
      action: 'person.create',
      targetType: 'person',
      targetId: id,
      details: { unitId: input.unitId, organisationId: input.organisationId ?? null },
      ...meta,
    });
    return loadPerson(db, id);
  });
}

export async function updatePersonRecord(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdatePersonInput,
  meta: RequestMeta,
) {
  return ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    const person = await loadPerson(db, id);
    authorize(actor, 'people.update', placementOf(person));
    // An erased record stays anonymous: nobody writes identifying data back into it.
    if (person.erasedAt) throw new AppError(409, 'PERSON_ERASED');
    const unitId = input.unitId ?? person.unitId;
    const organisationId = input.organisationId === undefined ? person.organisationId : input.organisationId;
    if (input.unitId !== undefined || input.organisationId !== undefined) {
      // Nobody moves a person out of their own reach.
      authorize(actor, 'people.update', await placementFor(db, unitId, organisationId));
    }
    await repo.updatePerson(db, id, changesFrom(ctx, input));
    await recordAudit(db, {
      actorAccountId: actor.accountId,
      action: 'person.update',
      targetType: 'person',
      targetId: id,
      details: { changed: Object.keys(input) },
      ...meta,
    });
    return loadPerson(db, id);
  });
}

/** Column changes for a partial update; national ID numbers only ever stored encrypted. */
export function changesFrom(ctx: AppContext, input: UpdatePersonInput & { birthYear?: number | null }) {
  const { fullName, phone, email, nationalId, birthDate, ...rest } = input;
  return {
    ...rest,
    ...(fullName ? { fullName: tidyName(fullName), searchText: foldVietnamese(fullName) } : {}),
    ...(phone !== undefined ? { phone: phone ? normalisePhone(phone) : null } : {}),
    ...(email !== undefined ? { email: email ? normaliseEmail(email) : null } : {}),
    ...(birthDate !== undefined
      ? {
          birthDate,
          ...(birthDate && input.birthYear === undefined ? { birthYear: Number(birthDate.slice(0, 4)) } : {}),
        }
      : {}),
    ...nationalIdFields(ctx, nationalId),
  };
}

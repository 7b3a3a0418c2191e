// The trainer register (F5): officers appoint people of their scope as provincial, core or
// community trainers (with the role 'trainer' at the trainer's unit when the person has an account),
// change their tier, unit or team, remove them; the register lists each trainer's reach. ToT
// certification (certifyTrainer) turns an eligible member of a ToT class into a trainer of the next
// generation with the trainer certificate. Every officer action is audited.
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { errors } from '../../errors.ts';
import { foldVietnamese } from '../../lib/text.ts';
import {
  type Actor,
  authorize,
  hasPermission,
  type Placement,
  scopeCovers,
  scopeOf,
} from '../access/access.policy.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import * as credentials from '../credentials/credentials.repository.ts';
import { issueCertificates } from '../credentials/credentials.service.ts';
import { notify } from '../engagement/notifications.ts';
import { insertRoleAssignment } from '../identity/identity.repository.ts';
import { getOrganisation } from '../organisations/organisations.repository.ts';
import type { PersonView } from '../people/people.repository.ts';
import { loadPerson, placementOf, type RequestMeta } from '../people/people.service.ts';
import { getUnit } from '../units/units.repository.ts';
import {
  type AppointTrainerBodyT,
  type TrainersQueryT,
  type TrainerTierT,
  tierGeneration,
  tierOfGeneration,
  type UpdateTrainerBodyT,
} from './network.schemas.ts';
import { networkScope, organisationPathIn, unitPathIn } from './network.scope.ts';
import { getTeam } from './teams.repository.ts';
import * as repo from './trainers.repository.ts';

const LIST_EXPORT_LIMIT = 20_000;

export async function listTrainersFor(db: Db, actor: Actor, q: TrainersQueryT, exporting = false) {
  const scope = networkScope(actor);
  let unitPath: string | undefined;
  if (q.unitId) {
    const unit = await getUnit(db, q.unitId);
    if (!unit) throw errors.notFound('UNIT_NOT_FOUND');
    unitPath = unit.path;
  }
  const visible = scope.all
    ? sql`true`
    : sql`(${unitPathIn(scope, sql`t.unit_path`)} or ${organisationPathIn(scope, sql`o.path`)})`;
  const folded = q.q ? foldVietnamese(q.q) : undefined;
  const limit = exporting ? LIST_EXPORT_LIMIT : q.pageSize;
  const offset = exporting ? 0 : (q.page - 1) * q.pageSize;
  const res = await repo.listTrainers(db, {
    visible,
    tier: q.tier,
    unitPath,
    folded: folded || undefined,
    coreStatus: q.coreStatus,
    limit,
    offset,
  });
  return { ...res, page: exporting ? 1 : q.page, pageSize: limit };
}

/** Where a trainer record sits: the trainer's unit, and the person's organisation. */
const trainerPlacement = (t: repo.TrainerRow, person: PersonView): Placement => ({
  unitPaths: [t.unitPath],
  organisationPath: person.organisationPath,
});

/** The unit a trainer works in: the one asked for (in scope, or the person's own), else the person's. */
async function trainerUnit(db: Db, actor: Actor, person: PersonView, unitId?: number) {
  const orgUnitId = person.organisationId
    ? ((await getOrganisation(db, person.organisationId))?.unitId ?? null)
    : null;
  const id = unitId ?? person.unitId ?? orgUnitId;
  if (!id)
    throw errors.validation([
      { path: 'unitId', message: 'Chọn đơn vị công tác của giảng viên|Choose the trainer’s unit' },
    ]);
  const unit = await getUnit(db, id);
  if (!unit || unit.validTo) throw errors.notFound('UNIT_NOT_FOUND');
  const own = id === person.unitId || id === orgUnitId;
  if (!own && !scopeCovers(networkScope(actor), { unitPaths: [unit.path] })) throw errors.outOfScope();
  return unit;
}

async function checkTeam(db: Db, actor: Actor, teamId: string | null | undefined) {
  if (!teamId) return null;
  const team = await getTeam(db, teamId);
  if (!team) throw errors.notFound('TEAM_NOT_FOUND');
  if (!scopeCovers(networkScope(actor), { unitPaths: [team.unitPath] })) throw errors.outOfScope();
  return team.id;
}

/** Gives the person's account the role trainer at the unit (no account: nothing to grant). */
async function grantTrainerRole(
  ctx: AppContext,
  db: Db,
  personId: string,
  unitId: number,
  by: string | null,
) {
  const accountId = await repo.accountOf(db, personId);
  if (!accountId) return null;
  await insertRoleAssignment(db, { accountId, role: 'trainer', unitId, organisationId: null, createdBy: by });
  ctx.sessions.forgetAccount(accountId);
  return accountId;
}

export async function appointTrainer(
  ctx: AppContext,
  actor: Actor,
  b: AppointTrainerBodyT,
  meta: RequestMeta,
) {
  const person = await loadPerson(ctx.db, b.personId);
  authorize(actor, 'network.manage', placementOf(person));
  const unit = await trainerUnit(ctx.db, actor, person, b.unitId);
  const teamId = await checkTeam(ctx.db, actor, b.teamId);
  let rootId: string | null = b.tier === 'provincial' ? person.id : null;
  if (b.trainedBy) {
    const by = await repo.getTrainer(ctx.db, b.trainedBy);
    if (!by)
      throw errors.validation([
        {
          path: 'trainedBy',
          message: 'Người đào tạo chưa có trong sổ giảng viên|The trainer is not registered',
        },
      ]);
    if (b.tier !== 'provincial') rootId = by.rootId ?? by.personId;
  }
  await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    const inserted = await repo.insertTrainer(db, {
      personId: person.id,
      tier: b.tier,
      generation: tierGeneration[b.tier],
      unitId: unit.id,
      unitPath: unit.path,
      teamId,
      trainedInClass: null,
      trainedBy: b.trainedBy ?? null,
      rootId,
      appointedBy: actor.accountId,
    });
    if (!inserted) throw errors.conflict('ALREADY_TRAINER');
    const accountId = await grantTrainerRole(ctx, db, person.id, unit.id, actor.accountId);
    await recordAudit(db, {
      actorAccountId: actor.accountId,
      action: 'trainer.appoint',
      targetType: 'person',
      targetId: person.id,
      details: { tier: b.tier, unitId: unit.id, teamId, trainedBy: b.trainedBy ?? null, accountId },
      ...meta,
    });
  });
  return { personId: person.id, tier: b.tier, generation: tierGeneration[b.tier] };
}

async function loadTrainer(db: Db, personId: string) {
  const t = await repo.getTrainer(db, personId);
  if (!t) throw errors.notFound('TRAINER_NOT_FOUND');
  return t;
}

export async function updateTrainerRecord(
  ctx: AppContext,
  actor: Actor,
  personId: string,
  b: UpdateTrainerBodyT,
  meta: RequestMeta,
) {
  const t = await loadTrainer(ctx.db, personId);
  const person = await loadPerson(ctx.db, personId);
  authorize(actor, 'network.manage', trainerPlacement(t, person));
  const unit = b.unitId && b.unitId !== t.unitId ? await trainerUnit(ctx.db, actor, person, b.unitId) : null;
  const teamId = b.teamId === undefined ? t.teamId : await checkTeam(ctx.db, actor, b.teamId);
  const tier: TrainerTierT = b.tier ?? t.tier;
  // A certified community trainer keeps their generation (3, 4…); a tier change moves it to the tier's.
  const generation = tier === t.tier ? t.generation : tierGeneration[tier];
  await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    await repo.updateTrainer(db, personId, {
      tier,
      generation,
      unitId: unit?.id ?? t.unitId,
      unitPath: unit?.path ?? t.unitPath,
      teamId,
    });
    if (unit) {
      const accountId = await repo.accountOf(db, personId);
      if (accountId) await repo.deleteTrainerGrant(db, accountId, t.unitId);
      await grantTrainerRole(ctx, db, personId, unit.id, actor.accountId);
    }
    await recordAudit(db, {
      actorAccountId: actor.accountId,
      action: 'trainer.update',
      targetType: 'person',
      targetId: personId,
      details: {
        from: { tier: t.tier, unitId: t.unitId, teamId: t.teamId },
        to: { tier, unitId: unit?.id ?? t.unitId, teamId },
      },
      ...meta,
    });
  });
  return { personId, tier, generation };
}

/** Takes a trainer off the register, with the trainer role granted at their unit. */
export async function removeTrainer(ctx: AppContext, actor: Actor, personId: string, meta: RequestMeta) {
  const t = await loadTrainer(ctx.db, personId);
  const person = await loadPerson(ctx.db, personId);
  authorize(actor, 'network.manage', trainerPlacement(t, person));
  await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    await repo.deleteTrainer(db, personId);
    const accountId = await repo.accountOf(db, personId);
    if (accountId) {
      await repo.deleteTrainerGrant(db, accountId, t.unitId);
      ctx.sessions.forgetAccount(accountId);
    }
    await recordAudit(db, {
      actorAccountId: actor.accountId,
      action: 'trainer.remove',
      targetType: 'person',
      targetId: personId,
      details: { tier: t.tier, generation: t.generation, unitId: t.unitId },
      ...meta,
    });
  });
}

// ---------------------------------------------------------------------------------------------
// ToT certification

/** The class's own trainer, or an officer with network.manage over the class. */
function authorizeCertify(actor: Actor, c: repo.TotClass) {
  if (hasPermission(actor, 'classes.teach') && c.trainerId === actor.personId) return;
  const scope = scopeOf(actor, 'network.manage');
  if (scopeCovers(scope, { unitPaths: [c.unitPath], organisationPath: c.organisationPath })) return;
  const anyScope = scope.all || scope.unitPaths.length > 0 || scope.organisationPaths.length > 0;
  throw anyScope || hasPermission(actor, 'classes.teach') ? errors.outOfScope() : errors.forbidden();
}

async function trainerTemplate(db: Db) {
  const templates = (await credentials.listTemplates(db)).filter((t) => t.kind === 'trainer');
  return templates.find((t) => t.id === 'giang-vien-nong-cot') ?? templates[0] ?? null;
}

/** Issues (or finds) the trainer certificate: the ToT class is the evidence of its in-person rule. */
async function trainerCertificate(
  ctx: AppContext,
  actor: Actor,
  person: PersonView,
  c: repo.TotClass,
  origin: string,
) {
  const template = await trainerTemplate(ctx.db);
  if (!template) return null;
  const [issued] = await issueCertificates(
    ctx,
    [
      {
        personId: person.id,
        recipientName: person.fullName,
        template,
        issuedBy: actor.accountId,
        reason: `Hoàn thành lớp tập huấn giảng viên (ToT) "${c.title}"`,
      },
    ],
    origin,
  );
  if (issued) return issued.id;
  const held = await credentials.liveCertificatesOf(ctx.db, person.id);
  return held.find((h) => h.templateId === template.id)?.id ?? null;
}

export async function certifyTrainer(
  ctx: AppContext,
  actor: Actor,
  b: { classId: string; personId: string },
  meta: RequestMeta,
  origin: string,
  now = new Date(),
) {
  const c = await repo.getClassForCertify(ctx.db, b.classId);
  if (!c) throw errors.notFound('CLASS_NOT_FOUND');
  authorizeCertify(actor, c);
  if (await repo.getTrainer(ctx.db, b.personId)) throw errors.conflict('ALREADY_TRAINER');
  const standing = await repo.memberStanding(ctx.db, c.id, b.personId, now);
  if (
    c.kind !== 'tot' ||
    !standing ||
    standing.status !== 'active' ||
    !standing.completed ||
    standing.missed > 0
  )
    throw errors.conflict('TOT_NOT_ELIGIBLE');
  const person = await loadPerson(ctx.db, b.personId);
  const orgUnitId = person.organisationId
    ? ((await getOrganisation(ctx.db, person.organisationId))?.unitId ?? null)
    : null;
  const unit = await getUnit(ctx.db, person.unitId ?? orgUnitId ?? c.unitId);
  if (!unit) throw errors.notFound('UNIT_NOT_FOUND');
  const generation = (c.generation ?? 0) + 1;
  const tier = tierOfGeneration(generation);
  await ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    const inserted = await repo.insertTrainer(db, {
      personId: person.id,
      tier,
      generation,
      unitId: unit.id,
      unitPath: unit.path,
      teamId: null,
      trainedInClass: c.id,
      trainedBy: c.trainerId,
      rootId: c.rootId ?? c.trainerId,
      appointedBy: actor.accountId,
    });
    if (!inserted) throw errors.conflict('ALREADY_TRAINER');
    await grantTrainerRole(ctx, db, person.id, unit.id, actor.accountId);
    await recordAudit(db, {
      actorAccountId: actor.accountId,
      action: 'trainer.certify',
      targetType: 'person',
      targetId: person.id,
      details: { classId: c.id, tier, generation, trainedBy: c.trainerId },
      ...meta,
    });
    const label = tier === 'core' ? 'giảng viên nòng cốt' : 'giảng viên cộng đồng';
    const labelEn = tier === 'core' ? 'core trainer' : 'community trainer';
    await notify(db, person.id, 'trainer', `certified:${c.id}`, {
      message: `Chúc mừng! Bạn được công nhận là ${label} sau lớp tập huấn "${c.title}". Bạn có thể mở lớp của mình.`,
      messageEn: `Congratulations! You are now a certified ${labelEn} after the ToT class "${c.title}". You can open your own classes.`,
      classId: c.id,
      tier,
      generation,
    });
  });
  const certificateId = await trainerCertificate(ctx, actor, person, c, origin);
  if (certificateId) await repo.setTrainerCertificate(ctx.db, person.id, certificateId);
  return { personId: person.id, tier, generation, certificateId };
}

// Support people for online public services: each commune names at least one person residents can
// go to (where and when to find them); the console lists the communes in scope without anyone.
// Officers appoint people of the commune and remove them; audited. Queries are inline: two small ones.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { errors } from '../../errors.ts';
import { type Actor, scopeCovers } from '../access/access.policy.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';
import { loadPerson, type RequestMeta } from '../people/people.service.ts';
import { getUnit } from '../units/units.repository.ts';
import type { AppointSupportBodyT } from './network.schemas.ts';
import { COMMUNE_TYPES, communeScope, loadCommune, rootUnit, unitPathIn } from './network.scope.ts';
import { inCommune } from './teams.service.ts';

const communeTypes = sql.raw(COMMUNE_TYPES.map((t) => `'${t}'`).join(','));

export async function listSupport(db: Db, actor: Actor, unitId?: number) {
  const scope = communeScope(actor);
  const root = await rootUnit(db, scope, unitId);
  const rows = rowsOf<{
    unit_id: number;
    unit_name: string;
    person_id: string | null;
    full_name: string | null;
    phone: string | null;
    where_to_find: string | null;
    appointed_at: string | null;
  }>(
    await db.execute(sql`select u.id as unit_id, u.full_name as unit_name, s.person_id, p.full_name, p.phone,
        s.where_to_find, s.appointed_at
      from units u
        left join support_persons s on s.unit_id = u.id
        left join people p on p.id = s.person_id
      where u.valid_to is null and u.type in (${communeTypes}) and u.path like ${`${root.path}%`}
        and ${unitPathIn(scope, sql`u.path`)}
      order by u.name, u.id, s.appointed_at`),
  );
  const communes: {
    unitId: number;
    name: string;
    people: {
      personId: string;
      name: string;
      phone: string | null;
      whereToFind: string | null;
      appointedAt: string;
    }[];
  }[] = [];
  for (const r of rows) {
    let c = communes[communes.length - 1];
    if (c?.unitId !== Number(r.unit_id)) {
      c = { unitId: Number(r.unit_id), name: r.unit_name, people: [] };
      communes.push(c);
    }
    if (r.person_id)
      c.people.push({
        personId: r.person_id,
        name: r.full_name ?? '',
        phone: r.phone,
        whereToFind: r.where_to_find,
        appointedAt: new Date(r.appointed_at as string).toISOString(),
      });
  }
  const missing = communes.filter((c) => c.people.length === 0).map(({ unitId, name }) => ({ unitId, name }));
  return { communes: communes.filter((c) => c.people.length > 0), missing };
}

/** Names a person of the commune (a retry updates where to find them). */
export async function appointSupport(db: Db, actor: Actor, b: AppointSupportBodyT, meta: RequestMeta) {
  const unit = await loadCommune(db, communeScope(actor), b.unitId);
  const person = await loadPerson(db, b.personId);
  if (!inCommune(person, unit.path)) throw errors.conflict('PERSON_NOT_IN_COMMUNE');
  const whereToFind = b.whereToFind?.length ? b.whereToFind : null;
  await db.transaction(async (tx) => {
    await tx.execute(sql`insert into support_persons (unit_id, person_id, where_to_find, appointed_by)
      values (${unit.id}, ${person.id}, ${whereToFind}, ${actor.accountId})
      on conflict (unit_id, person_id) do update set where_to_find = excluded.where_to_find`);
    await recordAudit(tx as Db, {
      actorAccountId: actor.accountId,
      action: 'support_person.appoint',
      targetType: 'person',
      targetId: person.id,
      details: { unitId: unit.id, whereToFind },
      ...meta,
    });
  });
  return { unitId: unit.id, personId: person.id };
}

export async function removeSupport(
  db: Db,
  actor: Actor,
  unitId: number,
  personId: string,
  meta: RequestMeta,
) {
  const scope = communeScope(actor);
  const unit = await getUnit(db, unitId);
  if (!unit) throw errors.notFound('UNIT_NOT_FOUND');
  if (!scopeCovers(scope, { unitPaths: [unit.path] })) throw errors.outOfScope();
  await db.transaction(async (tx) => {
    const gone = rowsOf<{ person_id: string }>(
      await tx.execute(sql`delete from support_persons where unit_id = ${unitId} and person_id = ${personId}
        returning person_id`),
    );
    if (gone.length === 0) throw errors.notFound('SUPPORT_PERSON_NOT_FOUND');
    await recordAudit(tx as Db, {
      actorAccountId: actor.accountId,
      action: 'support_person.remove',
      targetType: 'person',
      targetId: personId,
      details: { unitId },
      ...meta,
    });
  });
}

// Bulk insert paths (unnest over array parameters): one statement per chunk of thousands of rows.
// Used by the synthetic-province generator; ids are generated upstream so re-runs are idempotent.
import type { Database } from '../../db/client.ts';
import type { SynthEvent } from './activity.ts';

export async function insertEventsBulk(db: Database, personIds: string[], events: SynthEvent[][]) {
  const cols: unknown[][] = [[], [], [], [], [], [], [], [], [], []];
  personIds.forEach((pid, i) => {
    for (const e of events[i] ?? []) {
      cols[0]?.push(e.id);
      cols[1]?.push(pid);
      cols[2]?.push(e.verb);
      cols[3]?.push(e.objectType);
      cols[4]?.push(e.objectId);
      cols[5]?.push(e.moduleId);
      cols[6]?.push(e.moduleVersion);
      cols[7]?.push(e.result);
      cols[8]?.push(e.context);
      cols[9]?.push(e.timestamp.toISOString());
    }
  });
  if ((cols[0]?.length ?? 0) === 0) return 0;
  const rows = await db.raw<{ n: number }>(
    `with ins as (
       insert into learning_events (id, person_id, verb, object_type, object_id, module_id, module_version, result, context, timestamp)
       select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::jsonb[], $9::jsonb[], $10::timestamptz[])
       on conflict (id) do nothing returning 1)
     select count(*)::int as n from ins`,
    cols,
  );
  return rows[0]?.n ?? 0;
}

export interface PersonRow {
  id: string;
  fullName: string;
  searchText: string;
  birthYear: number;
  gender: string;
  phone: string | null;
  unitId: number;
  organisationId: string | null;
  householdId: string | null;
  targetGroups: string[];
  vulnerabilities: string[];
}

const pgTextArray = (xs: string[]) => `{${xs.join(',')}}`;

export async function insertPeopleBulk(db: Database, rows: PersonRow[]) {
  if (rows.length === 0) return;
  await db.raw(
    `insert into people (id, full_name, search_text, birth_year, gender, phone, unit_id, organisation_id, household_id, target_groups, vulnerabilities)
     select id, full_name, search_text, birth_year, gender::gender, phone, unit_id, organisation_id, household_id, tg::text[], vu::text[]
     from unnest($1::uuid[], $2::text[], $3::text[], $4::smallint[], $5::text[], $6::text[], $7::int[], $8::uuid[], $9::uuid[], $10::text[], $11::text[])
       as t(id, full_name, search_text, birth_year, gender, phone, unit_id, organisation_id, household_id, tg, vu)
     on conflict (id) do nothing`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.fullName),
      rows.map((r) => r.searchText),
      rows.map((r) => r.birthYear),
      rows.map((r) => r.gender),
      rows.map((r) => r.phone),
      rows.map((r) => r.unitId),
      rows.map((r) => r.organisationId),
      rows.map((r) => r.householdId),
      rows.map((r) => pgTextArray(r.targetGroups)),
      rows.map((r) => pgTextArray(r.vulnerabilities)),
    ],
  );
}

export async function insertLearnerAccountsBulk(
  db: Database,
  rows: { accountId: string; personId: string; phone: string; targetGroup: string }[],
  passwordHash: string,
) {
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.accountId);
  const people = rows.map((r) => r.personId);
  await db.raw(
    `insert into accounts (id, person_id, phone, password_hash)
     select a, p, ph, $4 from unnest($1::uuid[], $2::uuid[], $3::text[]) as t(a, p, ph) on conflict do nothing`,
    [ids, people, rows.map((r) => r.phone), passwordHash],
  );
  await db.raw(
    `insert into role_assignments (account_id, role) select a, 'learner' from unnest($1::uuid[]) as t(a) on conflict do nothing`,
    [ids],
  );
  await db.raw(
    `insert into learner_profiles (person_id, target_group) select p, g from unnest($1::uuid[], $2::text[]) as t(p, g) on conflict do nothing`,
    [people, rows.map((r) => r.targetGroup)],
  );
}

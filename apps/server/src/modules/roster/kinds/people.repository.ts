// Set-based SQL for the people roster: the people a file may match (by national-ID hash, phone,
// or name + birth date in a commune) in a few queries, and inserts/updates of a whole chunk in one
// statement each (unnest over array parameters).
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { arr, rowsOf } from '../roster.repository.ts';
import { breathe } from '../roster.runner.ts';

export interface PersonRef {
  id: string;
  fullName: string;
  searchText: string;
  birthDate: string | null;
  birthYear: number | null;
  gender: string | null;
  phone: string | null;
  email: string | null;
  nationalIdHash: string | null;
  unitId: number | null;
  organisationId: string | null;
  householdId: string | null;
  targetGroups: string[];
  vulnerabilities: string[];
  verified: boolean;
  unitPath: string | null;
  organisationPath: string | null;
  organisationUnitPath: string | null;
}

const personColumns = sql`p.id, p.full_name as "fullName", p.search_text as "searchText",
  p.birth_date::text as "birthDate", p.birth_year as "birthYear", p.gender::text as gender, p.phone, p.email,
  p.national_id_hash as "nationalIdHash", p.unit_id as "unitId", p.organisation_id as "organisationId",
  p.household_id as "householdId", p.target_groups as "targetGroups", p.vulnerabilities,
  p.identity_verified_at is not null as verified, u.path as "unitPath", o.path as "organisationPath",
  ou.path as "organisationUnitPath"`;
const placeJoins = sql`left join units u on u.id = p.unit_id
  left join organisations o on o.id = p.organisation_id left join units ou on ou.id = o.unit_id`;

const BATCH = 20_000;

/** One query per batch of keys, letting other requests in between (see `breathe`). */
async function inBatches<K, T>(keys: K[], run: (batch: K[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += BATCH) {
    if (i > 0) await breathe();
    out.push(...(await run(keys.slice(i, i + BATCH))));
  }
  return out;
}

export const peopleByNationalIdHash = (db: Db, hashes: string[]) =>
  inBatches(hashes, async (batch) =>
    rowsOf<PersonRef>(
      await db.execute(
        sql`select ${personColumns} from people p ${placeJoins} where p.national_id_hash = any(${arr(batch)}::text[])`,
      ),
    ),
  );

export const peopleByPhone = (db: Db, phones: string[]) =>
  inBatches(phones, async (batch) =>
    rowsOf<PersonRef>(
      await db.execute(
        sql`select ${personColumns} from people p ${placeJoins} where p.phone = any(${arr(batch)}::text[])`,
      ),
    ),
  );

/** People with neither a national ID nor another phone, by (commune, folded name, birth date). */
export const peopleByNameAndBirthDate = (
  db: Db,
  keys: { unitId: number; searchText: string; birthDate: string }[],
) =>
  inBatches(keys, async (batch) =>
    rowsOf<PersonRef>(
      await db.execute(sql`
        select ${personColumns} from people p ${placeJoins}
        join unnest(${arr(batch.map((k) => k.unitId))}::int[], ${arr(batch.map((k) => k.searchText))}::text[],
                    ${arr(batch.map((k) => k.birthDate))}::date[]) as k(unit_id, search_text, birth_date)
          on p.unit_id = k.unit_id and p.search_text = k.search_text and p.birth_date = k.birth_date
        where p.national_id_hash is null`),
    ),
  );

export interface PersonWriteRow {
  id: string | null;
  fullName: string;
  searchText: string;
  birthDate: string | null;
  birthYear: number | null;
  gender: string | null;
  phone: string | null;
  email: string | null;
  /** Set (encrypted, hashed, last four digits) when given; null keeps what is stored. */
  nationalId: { cipher: string; hash: string; last4: string } | null;
  unitId: number;
  organisationId: string | null;
  householdId: string | null;
  targetGroups: string[];
  vulnerabilities: string[];
  /** true: verified (since now, or since before); false: not verified; null: keep. */
  verified: boolean | null;
}

const textArray = (xs: string[]) => `{${xs.join(',')}}`;

function columnsOf(rows: PersonWriteRow[]) {
  return [
    arr(rows.map((r) => r.fullName)),
    arr(rows.map((r) => r.searchText)),
    arr(rows.map((r) => r.birthDate)),
    arr(rows.map((r) => r.birthYear)),
    arr(rows.map((r) => r.gender)),
    arr(rows.map((r) => r.phone)),
    arr(rows.map((r) => r.email)),
    arr(rows.map((r) => r.nationalId?.cipher ?? null)),
    arr(rows.map((r) => r.nationalId?.hash ?? null)),
    arr(rows.map((r) => r.nationalId?.last4 ?? null)),
    arr(rows.map((r) => r.unitId)),
    arr(rows.map((r) => r.organisationId)),
    arr(rows.map((r) => r.householdId)),
    arr(rows.map((r) => textArray(r.targetGroups))),
    arr(rows.map((r) => textArray(r.vulnerabilities))),
    arr(rows.map((r) => r.verified)),
  ] as const;
}

/** The chunk as a table `t` (with the people's ids as `id` when updating). */
const unnested = (rows: PersonWriteRow[], withIds = false) => {
  const c = columnsOf(rows);
  const ids = withIds ? sql`${arr(rows.map((r) => r.id))}::uuid[], ` : sql``;
  return sql`unnest(${ids}${c[0]}::text[], ${c[1]}::text[], ${c[2]}::date[], ${c[3]}::smallint[], ${c[4]}::text[],
    ${c[5]}::text[], ${c[6]}::text[], ${c[7]}::text[], ${c[8]}::text[], ${c[9]}::text[], ${c[10]}::int[],
    ${c[11]}::uuid[], ${c[12]}::uuid[], ${c[13]}::text[], ${c[14]}::text[], ${c[15]}::boolean[])
    as t(${sql.raw(withIds ? 'id, ' : '')}full_name, search_text, birth_date, birth_year, gender, phone, email, cipher,
         hash, last4, unit_id, organisation_id, household_id, tg, vu, verified)`;
};

export async function insertPeopleChunk(db: Db, rows: PersonWriteRow[], createdBy: string) {
  if (!rows.length) return;
  await db.execute(sql`
    insert into people (full_name, search_text, birth_date, birth_year, gender, phone, email, national_id_cipher,
      national_id_hash, national_id_last4, unit_id, organisation_id, household_id, target_groups, vulnerabilities,
      identity_verified_at, created_by)
    select full_name, search_text, birth_date, birth_year, gender::gender, phone, email, cipher, hash, last4, unit_id,
      organisation_id, household_id, tg::text[], vu::text[], case when verified then now() end, ${createdBy}::uuid
    from ${unnested(rows)}`);
}

export async function updatePeopleChunk(db: Db, rows: PersonWriteRow[]) {
  if (!rows.length) return;
  await db.execute(sql`
    update people p set full_name = t.full_name, search_text = t.search_text, birth_date = t.birth_date,
      birth_year = t.birth_year, gender = t.gender::gender, phone = t.phone, email = t.email,
      national_id_cipher = coalesce(t.cipher, p.national_id_cipher),
      national_id_hash = coalesce(t.hash, p.national_id_hash),
      national_id_last4 = coalesce(t.last4, p.national_id_last4),
      unit_id = t.unit_id, organisation_id = t.organisation_id, household_id = t.household_id,
      target_groups = t.tg::text[], vulnerabilities = t.vu::text[],
      identity_verified_at = case when t.verified is null then p.identity_verified_at
        when t.verified then coalesce(p.identity_verified_at, now()) end,
      updated_at = now()
    from ${unnested(rows, true)}
    where p.id = t.id`);
}

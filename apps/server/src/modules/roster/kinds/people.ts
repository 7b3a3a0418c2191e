// The people roster: every row read and checked, matched with the people already stored (by
// national-ID keyed hash, else phone + name, else name + birth date in the commune), checked
// against the officer's scope, and written a chunk at a time: new people inserted, changed ones
// updated, the rest counted as unchanged and never touched.
import { RowReader } from '../roster.cells.ts';
import { loadOrganisations, loadUnits, OUT_OF_SCOPE, type ScopeCheck, scopes } from '../roster.places.ts';
import { breathe } from '../roster.runner.ts';
import type { ImportEnv, Importer, ImportPlan, PlannedWrite, Problems, SourceRow } from '../roster.types.ts';
import { householdsByCode } from './households.repository.ts';
import { type PeopleLookups, type PersonInput, peopleColumns, readPerson } from './people.columns.ts';
import {
  insertPeopleChunk,
  type PersonRef,
  type PersonWriteRow,
  peopleByNameAndBirthDate,
  peopleByNationalIdHash,
  peopleByPhone,
  updatePeopleChunk,
} from './people.repository.ts';

type PersonPlan = Omit<PersonWriteRow, 'nationalId'> & { nationalId: string | null };

async function loadLookups(env: ImportEnv, rows: SourceRow[]): Promise<PeopleLookups> {
  const db = env.ctx.db;
  const households = await householdsByCode(
    db,
    rows.flatMap((r) => {
      const unitCode = r.cells.unitCode?.padStart(5, '0');
      const code = r.cells.householdCode;
      return unitCode && code ? [{ unitCode, code }] : [];
    }),
  );
  return {
    units: await loadUnits(db, rows, 'unitCode'),
    organisations: await loadOrganisations(db, rows, ['organisationTaxCode']),
    households: new Map(households.map((h) => [`${h.unitCode}|${h.code}`, h])),
    hash: env.ctx.secrets.keyedHash,
  };
}

/** The same national ID or phone on two rows: the later rows are rejected. */
function flagDuplicates(inputs: Partial<PersonInput>[], problems: Problems) {
  const firstByHash = new Map<string, number>();
  const firstByPhone = new Map<string, number>();
  for (const i of inputs) {
    const line = i.line as number;
    if (i.nationalIdHash) {
      const first = firstByHash.get(i.nationalIdHash);
      if (first)
        problems.add(line, 'nationalId', `Trùng Số CCCD với dòng ${first}|Same national ID as row ${first}`);
      else firstByHash.set(i.nationalIdHash, line);
    }
    if (i.phone) {
      const first = firstByPhone.get(i.phone);
      if (first)
        problems.add(
          line,
          'phone',
          `Trùng số điện thoại với dòng ${first}|Same phone number as row ${first}`,
        );
      else firstByPhone.set(i.phone, line);
    }
  }
}

interface Stored {
  byHash: Map<string, PersonRef>;
  byPhone: Map<string, PersonRef[]>;
  byNameDate: Map<string, PersonRef[]>;
}

const nameDateKey = (unitId: number | null, searchText: string, birthDate: string | null) =>
  `${unitId}|${searchText}|${birthDate}`;

function group<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/** Same person by phone: the phone's owner with the same name (and no other national ID). */
const phoneMatch = (i: PersonInput, s: Stored) => {
  const same = (s.byPhone.get(i.phone ?? '') ?? []).filter(
    (p) => p.searchText === i.searchText && (!i.nationalIdHash || !p.nationalIdHash),
  );
  return same.length === 1 ? same[0] : undefined;
};

async function loadStored(env: ImportEnv, inputs: PersonInput[]): Promise<Stored> {
  const db = env.ctx.db;
  const hashes = inputs.flatMap((i) => (i.nationalIdHash ? [i.nationalIdHash] : []));
  const phones = inputs.flatMap((i) => (i.phone ? [i.phone] : []));
  const byHash = new Map(
    (await peopleByNationalIdHash(db, hashes)).map((p) => [p.nationalIdHash as string, p]),
  );
  const byPhone = group(await peopleByPhone(db, phones), (p) => p.phone as string);
  const s: Stored = { byHash, byPhone, byNameDate: new Map() };
  // Name + birth date only for the rows the national ID and phone did not match.
  const rest = inputs.filter(
    (i) => i.birthDate && !(i.nationalIdHash && byHash.has(i.nationalIdHash)) && !phoneMatch(i, s),
  );
  const found = await peopleByNameAndBirthDate(
    db,
    rest.map((i) => ({ unitId: i.unit.id, searchText: i.searchText, birthDate: i.birthDate as string })),
  );
  s.byNameDate = group(found, (p) => nameDateKey(p.unitId, p.searchText, p.birthDate));
  return s;
}

type Match = { person: PersonRef | null } | { problem: [string, string] };

function matchOf(i: PersonInput, s: Stored): Match {
  const byHash = i.nationalIdHash ? s.byHash.get(i.nationalIdHash) : undefined;
  const person = byHash ?? phoneMatch(i, s);
  if (person) return { person };
  if (!i.birthDate) return { person: null };
  const same = (s.byNameDate.get(nameDateKey(i.unit.id, i.searchText, i.birthDate)) ?? []).filter(
    (p) => !p.phone || p.phone === i.phone,
  );
  if (same.length > 1)
    return {
      problem: [
        'nationalId',
        `Có ${same.length} người cùng họ tên và ngày sinh ở ${i.unit.fullName}: hãy thêm Số CCCD hoặc Số điện thoại|${same.length} people share this name and birth date here: add a national ID or phone`,
      ],
    };
  return { person: same[0] ?? null };
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The stored person with the file's values over it (an empty cell keeps what is stored). */
function merged(i: PersonInput, p: PersonRef): PersonPlan {
  const yearChanged =
    !i.birthDate && i.birthYear && p.birthDate && Number(p.birthDate.slice(0, 4)) !== i.birthYear;
  return {
    id: p.id,
    fullName: i.fullName,
    searchText: i.searchText,
    birthDate: i.birthDate ?? (yearChanged ? null : p.birthDate),
    birthYear: i.birthYear ?? p.birthYear,
    gender: i.gender ?? p.gender,
    phone: i.phone ?? p.phone,
    email: i.email ?? p.email,
    nationalId: i.nationalIdHash && i.nationalIdHash !== p.nationalIdHash ? i.nationalId : null,
    unitId: i.unit.id,
    organisationId: i.organisation?.id ?? p.organisationId,
    householdId: i.household?.id ?? p.householdId,
    targetGroups: i.targetGroups ?? p.targetGroups,
    vulnerabilities: i.vulnerabilities ?? p.vulnerabilities,
    verified: i.verified === null || i.verified === p.verified ? null : i.verified,
  };
}

function changed(m: PersonPlan, p: PersonRef): boolean {
  return (
    m.nationalId !== null ||
    m.verified !== null ||
    m.fullName !== p.fullName ||
    m.birthDate !== p.birthDate ||
    m.birthYear !== p.birthYear ||
    m.gender !== p.gender ||
    m.phone !== p.phone ||
    m.email !== p.email ||
    m.unitId !== p.unitId ||
    m.organisationId !== p.organisationId ||
    m.householdId !== p.householdId ||
    !sameSet(m.targetGroups, p.targetGroups) ||
    !sameSet(m.vulnerabilities, p.vulnerabilities)
  );
}

function created(i: PersonInput): PersonPlan {
  return {
    id: null,
    fullName: i.fullName,
    searchText: i.searchText,
    birthDate: i.birthDate,
    birthYear: i.birthYear,
    gender: i.gender,
    phone: i.phone,
    email: i.email,
    nationalId: i.nationalId,
    unitId: i.unit.id,
    organisationId: i.organisation?.id ?? null,
    householdId: i.household?.id ?? null,
    targetGroups: i.targetGroups ?? [],
    vulnerabilities: i.vulnerabilities ?? [],
    verified: i.verified ?? false,
  };
}

const ALREADY_OUT_OF_SCOPE =
  'Người này đã có trong hệ thống, ngoài phạm vi quản lý của bạn|This person is already registered, outside your scope';

/** What to do with one valid row: a write, "unchanged", or null after recording a problem. */
function decide(
  i: PersonInput,
  s: Stored,
  can: ScopeCheck,
  problems: Problems,
  matched: Map<string, number>,
): PlannedWrite<PersonPlan> | 'same' | null {
  const fail = (key: string, message: string) => {
    problems.add(i.line, key, message);
    return null;
  };
  const match = matchOf(i, s);
  if ('problem' in match) return fail(...match.problem);
  const person = match.person;
  if ((s.byPhone.get(i.phone ?? '') ?? []).some((p) => p.id !== person?.id))
    return fail(
      'phone',
      'Số điện thoại đã được dùng cho người khác|This phone number belongs to someone else',
    );
  const idKey = i.nationalIdHash && person?.nationalIdHash ? 'nationalId' : i.phone ? 'phone' : 'fullName';
  const twin = person && matched.get(person.id);
  if (twin) return fail(idKey, `Dòng ${twin} cũng là người này|Row ${twin} is the same person`);
  if (person) matched.set(person.id, i.line);
  const org =
    i.organisation ??
    (person?.organisationPath
      ? { path: person.organisationPath, unitPath: person.organisationUnitPath }
      : null);
  const place = { unitPaths: [i.unit.path, org?.unitPath], organisationPath: org?.path };
  if (!person) {
    if (!can('people.create', place)) return fail('unitCode', OUT_OF_SCOPE);
    return { line: i.line, op: 'create', data: created(i) };
  }
  const stored = {
    unitPaths: [person.unitPath, person.organisationUnitPath],
    organisationPath: person.organisationPath,
  };
  if (!can('people.update', stored)) return fail(idKey, ALREADY_OUT_OF_SCOPE);
  if (!can('people.update', place)) return fail('unitCode', OUT_OF_SCOPE);
  const m = merged(i, person);
  return changed(m, person) ? { line: i.line, op: 'update', data: m } : 'same';
}

export const peopleImporter: Importer<PersonPlan> = {
  kind: 'people',
  permission: 'people.create',
  columns: peopleColumns,
  notes: [
    'Mỗi dòng là một người. Người đã có trong hệ thống được nhận ra theo Số CCCD; nếu không có Số CCCD thì theo Số điện thoại và họ tên; nếu không có cả hai thì theo họ tên, ngày sinh và xã/phường.',
    'Ô để trống không xóa thông tin đã có. Nhập lại cùng một tệp không thay đổi gì.',
    'Tổ chức (theo mã số thuế) và hộ gia đình (theo mã hộ) phải có sẵn: hãy nhập danh sách tổ chức và hộ gia đình trước.',
  ],
  async plan(env, rows, problems): Promise<ImportPlan<PersonPlan>> {
    const lookups = await loadLookups(env, rows);
    const inputs: Partial<PersonInput>[] = [];
    for (const row of rows) {
      if (inputs.length % 5_000 === 0) await breathe();
      inputs.push(readPerson(new RowReader(row, problems), lookups));
    }
    flagDuplicates(inputs, problems);
    const valid = inputs.filter((i) => !problems.has(i.line as number)) as PersonInput[];
    await breathe();
    const stored = await loadStored(env, valid);
    await breathe();
    const can = scopes(env.actor);
    const plan: ImportPlan<PersonPlan> = { writes: [], unchanged: 0 };
    const matched = new Map<string, number>();
    for (const i of valid) {
      const d = decide(i, stored, can, problems, matched);
      if (d === 'same') plan.unchanged++;
      else if (d) plan.writes.push(d);
    }
    return plan;
  },
  async write(db, env, chunk) {
    const { secrets } = env.ctx;
    const rows = (op: 'create' | 'update') =>
      chunk
        .filter((w) => w.op === op)
        .map(({ data }) => ({
          ...data,
          nationalId: data.nationalId
            ? {
                cipher: secrets.encrypt(data.nationalId),
                hash: secrets.keyedHash(data.nationalId),
                last4: data.nationalId.slice(-4),
              }
            : null,
        }));
    await insertPeopleChunk(db, rows('create'), env.actor.accountId);
    await updatePeopleChunk(db, rows('update'));
  },
};

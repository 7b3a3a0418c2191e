// Right of access: everything the platform holds about one person, as one JSON document. Driven by
// privacy.catalog: every catalogued table is read by the column that ties it to the person, rows go
// out as stored (keys in camelCase) less credentials and lookup secrets; the national ID number is
// decrypted for the person's own copy.
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';
import { type CatalogEntry, entriesOf, exportSections, privacyCatalog } from './privacy.catalog.ts';

export const EXPORT_FORMAT = 'lantoa.personal-data/1';

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function present(row: Record<string, unknown>, omit: string[] = []) {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (!omit.includes(k)) out[camel(k)] = v;
  return out;
}

async function rowsFor(ctx: AppContext, e: CatalogEntry, ids: { person: string; account: string | null }) {
  const id = ids[e.key];
  if (!id) return [];
  const rows = rowsOf<Record<string, unknown>>(
    await ctx.db.execute(
      sql`select * from ${sql.identifier(e.table)} where ${sql.identifier(e.column)} = ${id}::uuid`,
    ),
  );
  return rows.map((r) => present(r, e.omit));
}

/** The person's own row, with the national ID decrypted and the places named. */
async function personSection(ctx: AppContext, personId: string) {
  const [row] = rowsOf<Record<string, unknown>>(
    await ctx.db.execute(sql`select p.*, u.full_name as unit_name, o.name as organisation_name,
        h.code as household_code, h.head_name as household_head_name, h.address as household_address
      from people p
      left join units u on u.id = p.unit_id
      left join organisations o on o.id = p.organisation_id
      left join households h on h.id = p.household_id
      where p.id = ${personId}::uuid`),
  );
  if (!row) return null;
  const cipher = row.national_id_cipher as string | null;
  const person = present(row, privacyCatalog.find((e) => e.table === 'people')?.omit);
  person.nationalId = cipher ? ctx.secrets.decrypt(cipher) : null;
  return person;
}

/** What officers recorded doing to this person's record (the audit log), without who did it. */
async function auditAboutMe(ctx: AppContext, personId: string) {
  const rows = rowsOf<{ at: Date; action: string }>(
    await ctx.db.execute(
      sql`select at, action from audit_log where target_type = 'person' and target_id = ${personId} order by id`,
    ),
  );
  return rows.map((r) => ({ at: r.at, action: r.action }));
}

export async function exportPersonalData(ctx: AppContext, personId: string, now = new Date()) {
  const [account] = rowsOf<{ id: string }>(
    await ctx.db.execute(sql`select id from accounts where person_id = ${personId}::uuid`),
  );
  const ids = { person: personId, account: account?.id ?? null };
  const doc: Record<string, unknown> = { exportedAt: now.toISOString(), format: EXPORT_FORMAT };
  for (const section of exportSections) {
    if (section === 'person') {
      doc.person = await personSection(ctx, personId);
      continue;
    }
    const entries = entriesOf(section);
    if (entries.length === 1 && entries[0]?.name === section) {
      doc[section] = await rowsFor(ctx, entries[0], ids);
      continue;
    }
    const parts: Record<string, unknown> = {};
    for (const e of entries) parts[e.name] = await rowsFor(ctx, e, ids);
    if (section === 'account') parts.account = (parts.account as unknown[])[0] ?? null;
    doc[section] = parts;
  }
  doc.auditAboutMe = await auditAboutMe(ctx, personId);
  return doc;
}

/** "lantoa-du-lieu-ca-nhan-20261207.json" (the day in Vietnam time). */
export function exportFileName(now = new Date()) {
  const vn = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');
  return `lantoa-du-lieu-ca-nhan-${vn}.json`;
}

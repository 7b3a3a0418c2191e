// Append-only audit log of administrative actions and of officers' access to personal records,
// and its search for system administrators.
import { and, desc, eq, gte, ilike, like, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';
import { foldVietnamese } from '../../lib/text.ts';

export interface AuditEntry {
  actorAccountId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  details?: unknown;
  ip?: string | null;
  requestId?: string | null;
}

export async function recordAudit(db: Db, e: AuditEntry) {
  await db.insert(auditLog).values({ ...e, details: e.details ?? null });
}

/**
 * For high-volume entries written beside a read (one per people search): the commit does not
 * wait for the WAL flush, so the search never waits on the disk. A crash can lose the last
 * fraction of a second of such entries — never a change's entry, which goes through recordAudit.
 */
export async function recordAuditQuickly(db: Db, e: AuditEntry) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local synchronous_commit = off`);
    await tx.insert(auditLog).values({ ...e, details: e.details ?? null });
  });
}

export interface AuditFilter {
  q?: string;
  action?: string;
  actorAccountId?: string;
  targetType?: string;
  targetId?: string;
  /** Inclusive first day and last day, "YYYY-MM-DD", in Vietnam time. */
  from?: string;
  to?: string;
}

const DAY_MS = 86_400_000;
/** Midnight in Vietnam (UTC+7, no daylight saving) at the start of a calendar day. */
export const vnDayStart = (day: string) => new Date(`${day}T00:00:00+07:00`);

// Names come from correlated look-ups by primary key, evaluated only for the rows returned (or
// tested), so a page costs one query and never a scan of people. The CASE guards the uuid cast:
// other targets' ids are not uuids.
const targetPersonId = sql`case when ${auditLog.targetType} = 'person' and ${auditLog.targetId} ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then ${auditLog.targetId}::uuid end`;
const actorNameSql = sql<
  string | null
>`(select p.full_name from accounts a join people p on p.id = a.person_id where a.id = ${auditLog.actorAccountId})`;
const targetNameSql = sql<string | null>`(select p.full_name from people p where p.id = ${targetPersonId})`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function conditionsOf(f: AuditFilter): SQL | undefined {
  const conds: (SQL | undefined)[] = [];
  if (f.targetType) conds.push(eq(auditLog.targetType, f.targetType));
  if (f.targetId) conds.push(eq(auditLog.targetId, f.targetId));
  if (f.actorAccountId) conds.push(eq(auditLog.actorAccountId, f.actorAccountId));
  if (f.action) {
    // "person." is the family of person.create, person.update, person.viewed …
    conds.push(
      f.action.endsWith('.')
        ? like(auditLog.action, `${escapeLike(f.action)}%`)
        : eq(auditLog.action, f.action),
    );
  }
  if (f.from) conds.push(gte(auditLog.at, vnDayStart(f.from)));
  if (f.to) conds.push(lt(auditLog.at, new Date(vnDayStart(f.to).getTime() + DAY_MS)));
  if (f.q) {
    const text = `%${escapeLike(f.q)}%`;
    const folded = `%${escapeLike(foldVietnamese(f.q))}%`;
    conds.push(
      or(
        ilike(auditLog.action, text),
        ilike(auditLog.targetId, text),
        sql`${auditLog.details}::text ilike ${text}`,
        sql`exists (select 1 from accounts a join people p on p.id = a.person_id where a.id = ${auditLog.actorAccountId} and p.search_text like ${folded})`,
        sql`exists (select 1 from people p where p.id = ${targetPersonId} and p.search_text like ${folded})`,
      ),
    );
  }
  return and(...conds);
}

/** The entries with the names of their actor and (for a person) their target: one query. */
function entriesQuery(db: Db, where: SQL | undefined) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorAccountId: auditLog.actorAccountId,
      actorName: actorNameSql,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      targetName: targetNameSql,
      details: auditLog.details,
      ip: auditLog.ip,
      requestId: auditLog.requestId,
    })
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.id))
    .$dynamic();
}

export type AuditRow = Awaited<ReturnType<typeof entriesQuery>>[number];

/** A page of entries, newest first, and how many match. */
export async function listAudit(db: Db, f: AuditFilter & { limit: number; offset: number }) {
  const where = conditionsOf(f);
  const [items, [n]] = await Promise.all([
    entriesQuery(db, where).limit(f.limit).offset(f.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return { items, total: n?.n ?? 0 };
}

/** Up to `cap` entries, newest first, and whether more matched (the export's cap). */
export async function auditForExport(db: Db, f: AuditFilter, cap: number) {
  const rows = await entriesQuery(db, conditionsOf(f)).limit(cap + 1);
  return { rows: rows.slice(0, cap), capped: rows.length > cap };
}

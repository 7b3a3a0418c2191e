// Append-only audit log of administrative actions.
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';

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

export async function listAudit(
  db: Db,
  f: { targetType?: string; targetId?: string; action?: string; limit: number; offset: number },
) {
  const conds: SQL[] = [];
  if (f.targetType) conds.push(eq(auditLog.targetType, f.targetType));
  if (f.targetId) conds.push(eq(auditLog.targetId, f.targetId));
  if (f.action) conds.push(eq(auditLog.action, f.action));
  const where = and(...conds);
  const [items, [count]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(f.limit).offset(f.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return { items, total: count?.n ?? 0 };
}

// Queries for certificates: templates, a learner's record for the rules, certificates by id,
// person and scope, and the revoked numbers of a status list.
import { and, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  attainments,
  certificates,
  certificateTemplates,
  competenceMastery,
  moduleProgress,
  organisations,
  people,
  programmes,
  units,
} from '../../db/schema/index.ts';
import type { CertificateRuleT } from '../catalog/pack.schemas.ts';
import type { LearnerRecord, ProgrammeCourses } from './rules.ts';

export type TemplateRow = typeof certificateTemplates.$inferSelect & { rule: CertificateRuleT };
export type CertificateRow = typeof certificates.$inferSelect;

export async function listTemplates(db: Db): Promise<TemplateRow[]> {
  return (await db
    .select()
    .from(certificateTemplates)
    .orderBy(certificateTemplates.packId, certificateTemplates.position)) as TemplateRow[];
}

export async function getTemplate(db: Db, id: string): Promise<TemplateRow | undefined> {
  const [row] = await db.select().from(certificateTemplates).where(eq(certificateTemplates.id, id));
  return row as TemplateRow | undefined;
}

export async function listProgrammeCourses(db: Db): Promise<ProgrammeCourses[]> {
  const rows = await db.select({ id: programmes.id, courses: programmes.courses }).from(programmes);
  return rows.map((r) => ({ id: r.id, courses: r.courses as ProgrammeCourses['courses'] }));
}

export async function learnerRecord(db: Db, personId: string): Promise<LearnerRecord> {
  const [mods, comps, att] = await Promise.all([
    db
      .select({
        moduleId: moduleProgress.moduleId,
        score: moduleProgress.score,
        mastered: moduleProgress.mastered,
      })
      .from(moduleProgress)
      .where(eq(moduleProgress.personId, personId)),
    db
      .select({ id: competenceMastery.competenceId, score: competenceMastery.score })
      .from(competenceMastery)
      .where(eq(competenceMastery.personId, personId)),
    db
      .select({ targetGroup: attainments.targetGroup })
      .from(attainments)
      .where(eq(attainments.personId, personId)),
  ]);
  return {
    modules: new Map(mods.map((m) => [m.moduleId, { score: m.score, mastered: m.mastered }])),
    competences: new Map(comps.map((c) => [c.id, c.score])),
    attainments: att.map((a) => a.targetGroup),
  };
}

export async function liveCertificatesOf(db: Db, personId: string) {
  return db
    .select()
    .from(certificates)
    .where(and(eq(certificates.personId, personId), isNull(certificates.revokedAt)));
}

export async function certificatesOf(db: Db, personId: string) {
  return db
    .select()
    .from(certificates)
    .where(eq(certificates.personId, personId))
    .orderBy(desc(certificates.issuedAt));
}

export async function getCertificate(db: Db, id: string): Promise<CertificateRow | undefined> {
  const [row] = await db.select().from(certificates).where(eq(certificates.id, id));
  return row;
}

/** Numbers for new certificates: serial and status-list index, from one sequence. */
export async function nextNumbers(db: Db, count: number): Promise<number[]> {
  const r = await db.execute(
    sql`select nextval('certificate_number_seq')::int as n from generate_series(1, ${count}::int)`,
  );
  const rows = ((r as { rows?: { n: number }[] }).rows ?? (r as unknown as { n: number }[])) as {
    n: number;
  }[];
  return rows.map((x) => Number(x.n));
}

/** Inserts; a certificate the person already holds (live) is skipped. Returns the ids stored. */
export async function insertCertificates(db: Db, rows: (typeof certificates.$inferInsert)[]) {
  const ids: string[] = [];
  // 500 rows a statement keeps well under PostgreSQL's 65,535 parameters.
  for (let i = 0; i < rows.length; i += 500) {
    const stored = await db
      .insert(certificates)
      .values(rows.slice(i, i + 500))
      .onConflictDoNothing({
        target: [certificates.personId, certificates.templateId],
        where: sql`revoked_at is null`,
      })
      .returning({ id: certificates.id });
    ids.push(...stored.map((s) => s.id));
  }
  return ids;
}

export interface CertificateFilter {
  scope: SQL | undefined;
  folded?: string;
  serial?: string;
  templateId?: string;
  status?: 'valid' | 'revoked' | 'expired';
  ids?: string[];
}

function filterConditions(f: CertificateFilter): SQL | undefined {
  const conds: (SQL | undefined)[] = [f.scope];
  if (f.templateId) conds.push(eq(certificates.templateId, f.templateId));
  if (f.status === 'revoked') conds.push(sql`${certificates.revokedAt} is not null`);
  if (f.status === 'expired')
    conds.push(sql`${certificates.revokedAt} is null and ${certificates.expiresAt} <= now()`);
  if (f.status === 'valid')
    conds.push(
      sql`${certificates.revokedAt} is null and (${certificates.expiresAt} is null or ${certificates.expiresAt} > now())`,
    );
  if (f.serial) conds.push(sql`${certificates.serial} = ${f.serial}`);
  else if (f.folded) conds.push(sql`${people.searchText} like ${`%${f.folded.replace(/[\\%_]/g, '\\$&')}%`}`);
  if (f.ids) conds.push(sql`${certificates.id} = any(${`{${f.ids.join(',')}}`}::uuid[])`);
  return and(...conds);
}

export async function listCertificates(db: Db, f: CertificateFilter, limit: number, offset: number) {
  const where = filterConditions(f);
  const base = () =>
    db
      .select({
        certificate: certificates,
        unitName: units.fullName,
        organisationName: organisations.name,
      })
      .from(certificates)
      .innerJoin(people, eq(people.id, certificates.personId))
      .leftJoin(units, eq(units.id, people.unitId))
      .leftJoin(organisations, eq(organisations.id, people.organisationId))
      .where(where);
  const [items, [count]] = await Promise.all([
    base().orderBy(desc(certificates.issuedAt), desc(certificates.id)).limit(limit).offset(offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(certificates)
      .innerJoin(people, eq(people.id, certificates.personId))
      .where(where),
  ]);
  return { items, total: Number(count?.n ?? 0) };
}

/** The people among `ids` that are inside the scope condition (on people's unit/organisation). */
export async function peopleInScope(db: Db, ids: string[], scope: SQL | undefined) {
  if (ids.length === 0) return [];
  return db
    .select({ id: people.id, fullName: people.fullName })
    .from(people)
    .where(and(sql`${people.id} = any(${`{${ids.join(',')}}`}::uuid[])`, scope));
}

export async function revokedNumbers(db: Db, from: number, to: number): Promise<number[]> {
  const rows = await db
    .select({ n: certificates.number })
    .from(certificates)
    .where(
      and(
        sql`${certificates.number} >= ${from}`,
        sql`${certificates.number} < ${to}`,
        sql`${certificates.revokedAt} is not null`,
      ),
    );
  return rows.map((r) => r.n);
}

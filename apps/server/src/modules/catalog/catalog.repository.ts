// Read queries for frameworks, competences, programmes, tracks and modules.
import { and, arrayContains, asc, eq, like, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  competenceAreas,
  competences,
  frameworks,
  modules,
  programmes,
  tracks,
} from '../../db/schema/index.ts';
import { escapeLike, foldVietnamese } from '../../lib/text.ts';

export const listFrameworks = (db: Db) => db.select().from(frameworks).orderBy(asc(frameworks.id));

export async function getFramework(db: Db, id: string) {
  const [fw] = await db.select().from(frameworks).where(eq(frameworks.id, id));
  if (!fw) return undefined;
  const areas = await db
    .select()
    .from(competenceAreas)
    .where(eq(competenceAreas.frameworkId, id))
    .orderBy(asc(competenceAreas.position));
  const comps = await db
    .select()
    .from(competences)
    .where(eq(competences.frameworkId, id))
    .orderBy(asc(competences.position));
  return {
    ...fw,
    areas: areas.map((a) => ({ ...a, competences: comps.filter((c) => c.areaCode === a.code) })),
  };
}

export async function listCatalogModules(
  db: Db,
  f: {
    q?: string;
    competence?: string;
    targetGroup?: string;
    packId?: string;
    limit: number;
    offset: number;
  },
) {
  const conds: SQL[] = [eq(modules.status, 'published')];
  if (f.q) conds.push(like(sql`lower(unaccent(${modules.title}))`, `%${escapeLike(foldVietnamese(f.q))}%`));
  if (f.competence) conds.push(arrayContains(modules.competenceIds, [f.competence]));
  if (f.targetGroup) conds.push(arrayContains(modules.targetGroups, [f.targetGroup]));
  if (f.packId) conds.push(eq(modules.packId, f.packId));
  const where = and(...conds);
  const [items, [count]] = await Promise.all([
    db.select().from(modules).where(where).orderBy(asc(modules.title)).limit(f.limit).offset(f.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(modules).where(where),
  ]);
  return { items, total: count?.n ?? 0 };
}

export async function listProgrammes(db: Db) {
  const [p, t] = await Promise.all([
    db.select().from(programmes).orderBy(asc(programmes.position)),
    db.select().from(tracks).orderBy(asc(tracks.position)),
  ]);
  return { programmes: p, tracks: t };
}

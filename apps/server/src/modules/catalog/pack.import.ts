// Imports a validated pack in one transaction. Content is updated by stable id; a module whose
// content changed gets a new version while older versions stay, so every learner attempt keeps
// pointing at the version it was made on.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  badges,
  campaignTemplates,
  certificateTemplates,
  competenceAreas,
  competences,
  contentPacks,
  frameworks,
  modules,
  moduleVersions,
  programmes,
  tracks,
} from '../../db/schema/index.ts';
import type { LoadedModule, LoadedPack } from './pack.ts';

export interface ImportSummary {
  pack: string;
  frameworks: number;
  competences: number;
  modules: number;
  newVersions: number;
  unchanged: number;
}

export async function importPack(db: Db, pack: LoadedPack): Promise<ImportSummary> {
  const summary: ImportSummary = {
    pack: pack.manifest.id,
    frameworks: 0,
    competences: 0,
    modules: 0,
    newVersions: 0,
    unchanged: 0,
  };
  await db.transaction(async (txx) => {
    const tx = txx as Db;
    const m = pack.manifest;
    await tx
      .insert(contentPacks)
      .values({
        id: m.id,
        title: m.title,
        version: m.version,
        language: m.language,
        manifest: m,
        checksum: pack.checksum,
      })
      .onConflictDoUpdate({
        target: contentPacks.id,
        set: {
          title: m.title,
          version: m.version,
          language: m.language,
          manifest: m,
          checksum: pack.checksum,
          importedAt: new Date(),
        },
      });

    for (const fw of pack.frameworks) {
      const values = {
        id: fw.id,
        packId: m.id,
        version: fw.version,
        name: fw.name,
        nameEn: fw.nameEn ?? null,
        kind: fw.kind,
        source: fw.source,
        levels: fw.levels,
        attainment: fw.attainment ?? null,
        placement: fw.placement ?? null,
        updatedAt: new Date(),
      };
      await tx.insert(frameworks).values(values).onConflictDoUpdate({ target: frameworks.id, set: values });
      await tx.delete(competenceAreas).where(eq(competenceAreas.frameworkId, fw.id));
      await tx.insert(competenceAreas).values(
        fw.areas.map((a, i) => ({
          frameworkId: fw.id,
          code: a.code,
          name: a.name,
          nameEn: a.nameEn ?? null,
          status: a.status,
          position: i,
        })),
      );
      const comps = fw.areas.flatMap((a) =>
        a.competences.map((c) => ({
          id: `${fw.id}:${c.code}`,
          frameworkId: fw.id,
          areaCode: a.code,
          code: c.code,
          name: c.name,
          nameEn: c.nameEn ?? null,
          status: c.status,
          description: c.description ?? null,
          descriptors: {
            knowledge: c.knowledge ?? [],
            skills: c.skills ?? [],
            attitudes: c.attitudes ?? [],
            levels: c.levels ?? {},
          },
          equivalents: c.equivalents ?? [],
        })),
      );
      let position = 0;
      for (const c of comps) {
        const v = { ...c, position: position++ };
        await tx.insert(competences).values(v).onConflictDoUpdate({ target: competences.id, set: v });
      }
      summary.frameworks++;
      summary.competences += comps.length;
    }

    await tx.delete(programmes).where(eq(programmes.packId, m.id));
    for (const [i, p] of pack.programmes.programmes.entries()) {
      await tx.insert(programmes).values({
        id: p.id,
        packId: m.id,
        title: p.title,
        description: p.description ?? null,
        courses: p.courses,
        position: i,
      });
    }
    await tx.delete(tracks).where(eq(tracks.packId, m.id));
    for (const [i, t] of pack.programmes.tracks.entries()) {
      await tx.insert(tracks).values({
        id: t.id,
        packId: m.id,
        title: t.title,
        targetGroups: t.targetGroups,
        moduleIds: t.modules,
        position: i,
      });
    }

    await tx.delete(certificateTemplates).where(eq(certificateTemplates.packId, m.id));
    for (const [i, c] of pack.certificates.entries()) {
      await tx.insert(certificateTemplates).values({
        id: c.id,
        packId: m.id,
        kind: c.kind,
        title: c.title,
        titleEn: c.titleEn ?? null,
        description: c.description ?? null,
        criteria: c.criteria,
        serialPrefix: c.serialPrefix,
        issuerName: c.issuer ?? null,
        rule: c.rule,
        validMonths: c.validMonths ?? null,
        position: i,
      });
    }

    await tx.delete(campaignTemplates).where(eq(campaignTemplates.packId, m.id));
    for (const [i, c] of pack.campaigns.entries()) {
      await tx.insert(campaignTemplates).values({
        id: c.id,
        packId: m.id,
        name: c.name,
        nameEn: c.nameEn ?? null,
        reference: c.reference,
        issuingBody: c.issuingBody ?? null,
        startsOn: c.starts,
        endsOn: c.ends,
        targets: c.targets,
        position: i,
      });
    }

    if (pack.engagement) {
      const { badges: list, ...rules } = pack.engagement;
      await tx.delete(badges).where(eq(badges.packId, m.id));
      for (const [i, b] of list.entries()) {
        await tx.insert(badges).values({
          id: b.id,
          packId: m.id,
          title: b.title,
          titleEn: b.titleEn ?? null,
          description: b.description,
          criteria: b.criteria,
          artwork: `${m.id}/${b.artwork}`,
          position: i,
        });
      }
      // XP rules, streak freezes and league tiers: one setting (the engagement module caches it).
      await tx.execute(sql`insert into system_settings (key, value) values ('engagement.config', ${JSON.stringify(rules)}::jsonb)
        on conflict (key) do update set value = excluded.value, updated_at = now()`);
    }

    for (const mod of pack.modules) {
      const changed = await publishModuleVersion(tx, m.id, mod);
      if (changed) summary.newVersions++;
      else summary.unchanged++;
      summary.modules++;
    }
  });
  return summary;
}

/**
 * Stores a module's content as a new version when it differs from the latest one, and points the
 * module at it. Used by pack imports and by the console's review workflow. Returns true when a
 * new version was made.
 */
export async function publishModuleVersion(
  tx: Db,
  packId: string,
  mod: Pick<LoadedModule, 'header' | 'blocks' | 'checksum' | 'questionCount' | 'file' | 'source'>,
): Promise<boolean> {
  const h = mod.header;
  const [latest] = await tx
    .select({ version: moduleVersions.version, checksum: moduleVersions.checksum })
    .from(moduleVersions)
    .where(eq(moduleVersions.moduleId, h.id))
    .orderBy(sql`${moduleVersions.version} desc`)
    .limit(1);
  const changed = !latest || latest.checksum !== mod.checksum;
  const version = changed ? (latest?.version ?? 0) + 1 : (latest?.version ?? 1);
  if (changed) {
    await tx.insert(moduleVersions).values({
      moduleId: h.id,
      version,
      checksum: mod.checksum,
      blocks: mod.blocks,
      sourcePath: mod.file,
      source: mod.source,
      masteryThreshold: h.masteryThreshold,
    });
  }
  const row = {
    id: h.id,
    packId,
    title: h.title,
    summary: h.summary ?? null,
    minutes: h.minutes,
    level: h.level,
    language: h.language,
    targetGroups: h.targetGroups,
    competenceIds: h.competences,
    currentVersion: version,
    status: 'published',
    questionCount: mod.questionCount,
    updatedAt: new Date(),
  };
  await tx.insert(modules).values(row).onConflictDoUpdate({ target: modules.id, set: row });
  return changed;
}

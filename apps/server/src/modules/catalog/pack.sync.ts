// At start-up, imports the content packs shipped in the repository when they are new or their
// files changed since the last import. A pack that fails validation is reported and skipped.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { contentPacks } from '../../db/schema/index.ts';
import { importPack } from './pack.import.ts';
import { loadPack } from './pack.ts';
import { formatProblem } from './yaml-source.ts';

export const bundledContentDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../../content',
);

type Log = {
  info: (o: object | string, m?: string) => void;
  error?: (o: object | string, m?: string) => void;
};

export async function syncContentPacks(db: Db, log: Log, dirs: string[]) {
  for (const dir of dirs) {
    const { pack, problems } = loadPack(dir);
    if (!pack) {
      const details = { pack: dir, problems: problems.slice(0, 20).map(formatProblem) };
      // Called as methods: pino loggers need their `this`.
      if (log.error) log.error(details, 'content pack has problems; not imported');
      else log.info(details, 'content pack has problems; not imported');
      continue;
    }
    const [stored] = await db
      .select({ checksum: contentPacks.checksum })
      .from(contentPacks)
      .where(eq(contentPacks.id, pack.manifest.id));
    if (stored?.checksum === pack.checksum) continue;
    const summary = await importPack(db, pack);
    log.info(summary, 'imported content pack');
  }
}

/** Pack folders inside a content directory (folders holding a pack.yaml). */
export function packDirs(contentDir: string): string[] {
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir)
    .map((d) => path.join(contentDir, d))
    .filter((d) => statSync(d).isDirectory() && existsSync(path.join(d, 'pack.yaml')));
}

/** The folder packs are read from (and their pictures served from), or null when disabled. */
export function contentRoot(env: { contentDir: string | undefined }): string | null {
  if (env.contentDir === 'none') return null;
  const dir = env.contentDir ? path.resolve(env.contentDir) : bundledContentDir;
  return existsSync(dir) ? dir : null;
}

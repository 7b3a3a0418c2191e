// Opens the database, applies migrations, loads the official unit list on first run and, in demo
// mode, the demo data. Used by `lantoa serve`, the CLI and the test harness alike.
import { eq } from 'drizzle-orm';
import { type AppContext, logResetChannel, type ResetChannel } from './context.ts';
import { openDatabase } from './db/client.ts';
import { systemSettings } from './db/schema/index.ts';
import type { Env } from './env.ts';
import { createSecrets, loadOrCreateDevSecret } from './lib/secrets.ts';
import { bundledContentDir, packDirs, syncContentPacks } from './modules/catalog/pack.sync.ts';
import { seedDemo } from './modules/demo/demo.seed.ts';
import { importUnits } from './modules/units/units.import.ts';
import { countUnits } from './modules/units/units.repository.ts';
import { SessionCache } from './plugins/session-cache.ts';

type Log = { info: (o: object | string, m?: string) => void };

export async function createContext(
  env: Env,
  log: Log,
  opts: { resetChannel?: ResetChannel; poolSize?: number } = {},
): Promise<AppContext> {
  const database = await openDatabase({
    databaseUrl: env.databaseUrl,
    dataDir: env.dataDir,
    poolSize: opts.poolSize,
  });
  const secret = env.secret ?? loadOrCreateDevSecret(env.dataDir);
  return {
    db: database.db,
    database,
    env,
    secrets: createSecrets(secret),
    resetChannel: opts.resetChannel ?? logResetChannel(log as never),
    sessions: new SessionCache(env.sessionCacheSeconds * 1000),
  };
}

/** Migrations, reference data, and demo data when asked for. Safe to run on every start. */
export async function prepareDatabase(
  ctx: AppContext,
  log: Log,
  opts: { demo: boolean; contentPacks?: string[] },
) {
  const t0 = Date.now();
  await ctx.database.migrate();
  if ((await countUnits(ctx.db)) === 0) {
    const r = await importUnits(ctx.db);
    log.info(r, 'imported the official administrative units');
  }
  await syncContentPacks(ctx.db, log, opts.contentPacks ?? contentPackDirs(ctx.env));
  let demoAccounts: Awaited<ReturnType<typeof seedDemo>> | null = null;
  if (opts.demo) {
    const [marker] = await ctx.db.select().from(systemSettings).where(eq(systemSettings.key, 'demo_seeded'));
    if (!marker) {
      demoAccounts = await seedDemo(ctx);
      await ctx.db
        .insert(systemSettings)
        .values({ key: 'demo_seeded', value: { at: new Date().toISOString() } });
      log.info({ accounts: demoAccounts.length }, 'loaded demo data');
    }
  }
  log.info({ ms: Date.now() - t0, database: ctx.database.kind }, 'database ready');
  return { demoSeededNow: demoAccounts !== null };
}

function contentPackDirs(env: Env): string[] {
  if (env.contentDir === 'none') return [];
  return packDirs(env.contentDir ?? bundledContentDir);
}

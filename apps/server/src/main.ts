// Boot: read env, open db, prepare it, build app, listen, shut down gracefully.
import { pino } from 'pino';
import { buildApp } from './app.ts';
import { createContext, prepareDatabase } from './boot.ts';
import { type Env, EnvError, parseEnv } from './env.ts';
import { DEMO_PASSWORD } from './modules/demo/demo.seed.ts';
import { startKpiRefresher } from './modules/monitoring/kpi.refresher.ts';

export async function serve(envOverride?: Env) {
  let env: Env;
  try {
    env = envOverride ?? parseEnv();
  } catch (e) {
    if (e instanceof EnvError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const logger = pino({ level: env.logLevel });
  const ctx = await createContext(env, logger);
  await prepareDatabase(ctx, logger, { demo: env.demo });
  const app = await buildApp(ctx, { logger, serveWeb: true });
  const stopKpis = startKpiRefresher(ctx, logger, env.kpiRefreshSeconds);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    try {
      await stopKpis();
      await app.close();
      await ctx.database.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: env.port, host: env.host });
  if (env.demo) {
    const accounts = [
      'admin@lantoa.demo (system_admin)',
      'tinh@lantoa.demo (campaign_office)',
      'xa@lantoa.demo (unit_officer)',
      'donvi@lantoa.demo (organisation_officer)',
      'giangvien@lantoa.demo (trainer)',
      'daisu@lantoa.demo (mentor)',
      'tacgia@lantoa.demo (content_author)',
      'kiemduyet@lantoa.demo (content_reviewer)',
      'hocvien@lantoa.demo (learner)',
    ];
    process.stdout.write(
      `\nLantỏa demo is running at http://localhost:${env.port}\nDemo accounts (password ${DEMO_PASSWORD}):\n  ${accounts.join('\n  ')}\n\n`,
    );
  }
  return app;
}

// Starts the whole platform for browser tests: built web app + API + demo data on a fresh
// embedded database, on a random loopback port.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { buildApp, webDist } from '../../apps/server/src/app.ts';
import { createContext, prepareDatabase } from '../../apps/server/src/boot.ts';
import { parseEnv } from '../../apps/server/src/env.ts';
import { startKpiRefresher } from '../../apps/server/src/modules/monitoring/kpi.refresher.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds the web app once per test run when it is missing (CI starts from a clean clone). */
function ensureWebBuilt() {
  if (existsSync(path.join(webDist, 'index.html')) && !process.env.E2E_REBUILD) return;
  // Vitest sets NODE_ENV=test, which would give a development build of React (50 KB more gzipped),
  // and `npm start` would then serve it: always build for production.
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: path.join(root, 'apps/web'),
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) throw new Error('web build failed');
}

export async function startTestServer(
  opts: { contentPacks?: string[] } = {},
): Promise<{ url: string; close(): Promise<void> }> {
  ensureWebBuilt();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lantoa-e2e-'));
  const env = parseEnv({
    NODE_ENV: 'test',
    LANTOA_DATA_DIR: dataDir,
    LANTOA_SECRET: randomBytes(32).toString('hex'),
    LANTOA_DEMO: 'true',
    LOG_LEVEL: 'silent',
    DATABASE_URL: undefined,
  });
  const log = { info: () => {} };
  const ctx = await createContext(env, log);
  await prepareDatabase(ctx, log, { demo: true, contentPacks: opts.contentPacks });
  const app = await buildApp(ctx, { serveWeb: true });
  // As in `npm start`: the campaign KPIs follow the learning records (every second here). The
  // journeys make their reports themselves, whatever the date (no daily scheduler).
  const stopKpis = startKpiRefresher(ctx, pino({ level: 'silent' }), 1, { reports: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await stopKpis();
      await app.close();
      await ctx.database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-dev-shm-usage',
  ],
};

// `npm start` readiness: time from launch to GET /readyz = 200, on a fresh embedded database
// (migrations + official units + demo data) and again when nothing changed. Also times a full
// web build. Budget (issue 2): warm start < 10 s.
//   npm run bench -- startup [--skip-build]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { report } from './_stats.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { 'skip-build': { type: 'boolean', default: false } } });

if (!values['skip-build']) {
  const t0 = performance.now();
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: path.join(root, 'apps/web'),
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('web build failed');
  report('startup', 'web_build', (performance.now() - t0) / 1000, 's');
}

async function startOnce(dataDir: string, port: number): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      LANTOA_DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: 'ignore',
  });
  try {
    for (let i = 0; i < 1200; i++) {
      if (child.exitCode !== null)
        throw new Error(`the server exited with code ${child.exitCode} before it was ready`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/readyz`);
        if (res.status === 200) return performance.now() - t0;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('server did not become ready within 60 s');
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  }
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lantoa-startup-'));
const port = 3900 + Math.floor(Math.random() * 90);
try {
  report('startup', 'first_start_to_ready', (await startOnce(dataDir, port)) / 1000, 's');
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) warm.push(await startOnce(dataDir, port));
  report('startup', 'warm_start_to_ready_max', Math.max(...warm) / 1000, 's');
  report('startup', 'warm_start_to_ready_min', Math.min(...warm) / 1000, 's');
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

#!/usr/bin/env node
// `npm start`: build the web app when its sources changed since the last build, then serve
// (embedded PGlite in ./data unless DATABASE_URL is set; demo data on first start).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'apps/web');
const built = path.join(web, 'dist/index.html');

function newest(p) {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let m = s.mtimeMs;
  for (const f of readdirSync(p)) m = Math.max(m, newest(path.join(p, f)));
  return m;
}

const sources = ['src', 'index.html', 'vite.config.ts', 'package.json', 'public']
  .map((f) => path.join(web, f))
  .filter((f) => existsSync(f));
const stale = !existsSync(built) || Math.max(...sources.map(newest)) > statSync(built).mtimeMs;
if (stale) {
  const t0 = Date.now();
  console.log('Building the web app…');
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: web,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  console.log(`Web app built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

process.argv = [process.argv[0], path.join(root, 'bin/lantoa.mjs'), 'serve'];
await import('../bin/lantoa.mjs');

// Runs every benchmark in turn at one scale and prints all their BENCH lines.
//   DATABASE_URL=postgres://… npm run bench -- all --scale small     (under 5 minutes here)
//   BENCH_DATABASE_URL=postgres://…/province npm run bench -- all --scale province
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { scale: { type: 'string', default: 'small' } } });
const small = values.scale !== 'province';
const runs: [string, string[]][] = [
  ['startup', ['--skip-build']],
  [
    'people-search',
    small ? ['--people', '20000', '--rounds', '10'] : ['--people', '100000', '--rounds', '30'],
  ],
  ['learner-home', ['--scale', small ? 'small' : 'province', '--rounds', small ? '100' : '300']],
  ['bundle', []],
  ['ingest', small ? ['--seconds', '8', '--learners', '50'] : ['--seconds', '30', '--learners', '400']],
  ['credentials', small ? ['--seconds', '5', '--people', '2000'] : ['--seconds', '10', '--people', '10000']],
  ['roster-import', ['--rows', small ? '20000' : '100000']],
  ['monitoring', small ? ['--scale', 'small', '--rounds', '30'] : ['--scale', 'province', '--rounds', '100']],
  ['engagement', small ? ['--scale', 'small', '--rounds', '30'] : ['--scale', 'province', '--rounds', '100']],
  ['classes', small ? ['--scale', 'small', '--rounds', '30'] : ['--scale', 'province', '--rounds', '50']],
];
const t0 = Date.now();
let failed = 0;
for (const [name, args] of runs) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/bench.mjs'), name, ...args], {
    stdio: 'inherit',
    env: process.env,
  });
  if (r.status !== 0) {
    failed++;
    console.error(`benchmark ${name} failed (exit ${r.status})`);
  }
}
console.log(`BENCH all total_seconds=${Math.round((Date.now() - t0) / 1000)}s`);
process.exit(failed ? 1 : 0);

// Crash safety (issue 14, faults): `kill -9` of the real server while learning statements arrive,
// on PostgreSQL (a fresh database beside DATABASE_URL, created then dropped) and on the embedded
// PGlite (a temporary data folder). Every acknowledged statement must be there after the restart,
// and the clients' retry (same statement ids) must store every sent statement exactly once.
// Exits 1 on any loss or duplicate.
//   DATABASE_URL=postgres://… npm run bench -- crash [--seconds 10] [--rate 2000] [--backend both]
//   npm run bench -- crash --backend pglite            (PGlite only; rate 0 = as fast as it goes)
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  type CrashResult,
  crashProblems,
  runCrashScenario,
  scratchPgDatabase,
} from '../apps/server/src/test/crash-scenario.ts';
import { report } from './_stats.ts';

const { values } = parseArgs({
  options: {
    backend: { type: 'string', default: 'both' },
    seconds: { type: 'string', default: '10' },
    rate: { type: 'string', default: '2000' },
    'pglite-rate': { type: 'string', default: '0' },
    clients: { type: 'string', default: '32' },
    learners: { type: 'string', default: '32' },
    batch: { type: 'string', default: '20' },
  },
});
const want = values.backend === 'both' ? ['postgres', 'pglite'] : [values.backend as string];
const base = process.env.DATABASE_URL;
if (want.includes('postgres') && !base) {
  console.error(
    'crash: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres) for the PostgreSQL run',
  );
  process.exit(2);
}

let failed = false;
for (const backend of want as ('postgres' | 'pglite')[]) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `lantoa-crash-${backend}-`));
  const pgDb = backend === 'postgres' ? await scratchPgDatabase(base as string, 'lantoa_crash') : null;
  try {
    const r = await runCrashScenario({
      backend,
      databaseUrl: pgDb?.url,
      dataDir,
      moduleId: 'smartphone-lam-quen',
      learners: Number(values.learners),
      clients: Number(values.clients),
      batch: Number(values.batch),
      rate: Number(backend === 'postgres' ? values.rate : values['pglite-rate']),
      killAfterMs: Number(values.seconds) * 1000,
      resendAckedBatches: 200,
      log: (l) => console.error(`[crash ${backend}] ${l}`),
    });
    print(r);
    const problems = crashProblems(r);
    for (const p of problems) console.error(`crash ${backend}: FAIL ${p}`);
    if (problems.length) failed = true;
  } catch (e) {
    console.error(`crash ${backend}: FAIL ${(e as Error).message}`);
    failed = true;
  } finally {
    await pgDb?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);

function print(r: CrashResult) {
  const b = r.backend;
  report('crash', `rate_per_s_${b}`, Math.round(r.ratePerS), '/s');
  report('crash', `acknowledged_${b}`, r.acknowledged, '');
  report('crash', `in_flight_at_kill_${b}`, r.inFlightAtKill, '');
  report('crash', `unacknowledged_committed_${b}`, r.unackedCommitted, '');
  report('crash', `errors_before_kill_${b}`, r.errorsBeforeKill, '');
  report('crash', `restart_to_ready_${b}`, r.restartToReadyMs / 1000, 's');
  report('crash', `missing_acknowledged_${b}`, r.missingAcknowledged, '');
  report('crash', `retried_${b}`, r.retriedStatements, '');
  report('crash', `retried_stored_${b}`, r.retriedStored, '');
  report('crash', `resent_acknowledged_${b}`, r.resentAcknowledged, '');
  report('crash', `resent_acknowledged_stored_${b}`, r.resentAcknowledgedStored, '');
  report('crash', `sent_${b}`, r.sent, '');
  report('crash', `rows_${b}`, r.directRows, '');
  report('crash', `missing_${b}`, r.missingFinal, '');
  report('crash', `duplicates_${b}`, r.duplicates, '');
}

// kill -9 of the real server while learning statements arrive (issue 14, faults), scaled down from
// `npm run bench -- crash`: a few seconds of load from several clients, one SIGKILL, a restart,
// then no acknowledged statement lost and the clients' retry storing each statement exactly once.
// PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (a database of its own, dropped).
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crashProblems, runCrashScenario, scratchPgDatabase } from './crash-scenario.ts';
import { miniPack } from './harness.ts';

const backends: ('pglite' | 'postgres')[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

describe.each(backends)('kill -9 while statements arrive (%s)', (backend) => {
  it('keeps every acknowledged statement and stores retries once', { timeout: 240_000 }, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), `lantoa-crash-test-${backend}-`));
    // Only the small test pack: the first start stays short.
    const contentDir = path.join(dir, 'content');
    cpSync(miniPack, path.join(contentDir, 'mini'), { recursive: true });
    mkdirSync(path.join(dir, 'data'));
    const pgDb =
      backend === 'postgres'
        ? await scratchPgDatabase(
            process.env.TEST_DATABASE_URL as string,
            `lantoa_h1_crash_${randomBytes(4).toString('hex')}`,
          )
        : null;
    try {
      const r = await runCrashScenario({
        backend,
        databaseUrl: pgDb?.url,
        dataDir: path.join(dir, 'data'),
        contentDir,
        moduleId: 'dien-thoai',
        learners: 4,
        clients: 8,
        batch: 10,
        rate: 0,
        killAfterMs: 3000,
        resendAckedBatches: 50,
      });
      expect(crashProblems(r)).toEqual([]);
      expect(r.acknowledged).toBeGreaterThan(0);
      expect(r.inFlightAtKill + r.errorsBeforeKill).toBeGreaterThan(0);
      expect(r.missingAcknowledged).toBe(0);
      expect(r.resentAcknowledgedStored).toBe(0);
      expect(r.retriedStored + r.unackedCommitted).toBe(r.retriedStatements);
      expect(r.directRows).toBe(r.sent);
      expect(r.duplicates).toBe(0);
      expect(r.secondOpenRefused).toBe(backend === 'pglite' ? true : null);
    } finally {
      await pgDb?.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The kill -9 scenario shared by `npm run bench -- crash` and crash.test.ts: the real server runs
// as a child process, learners register through the API, several clients send learning statements
// at a set rate each keeping a log of (statement ids, acknowledged?), the server is SIGKILLed
// mid-stream and restarted, then the store is checked through the export API and directly:
// every acknowledged statement is there, a retry of the rest (same ids) and of a sample of the
// acknowledged ones stores each statement exactly once.
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../db/client.ts';
import { DataDirInUseError } from '../db/pglite-lock.ts';
import {
  freePort,
  httpClient,
  killHard,
  type RunningServer,
  type ServerConfig,
  sleep,
  startServer,
  stopGracefully,
} from './crash-server.ts';

export interface CrashOptions {
  backend: 'pglite' | 'postgres';
  /** PostgreSQL: URL of a fresh, empty database. */
  databaseUrl?: string;
  /** Folder for the data (PGlite) and the dev secrets/keys the server writes. */
  dataDir: string;
  contentDir?: string;
  moduleId: string;
  learners: number;
  clients: number;
  batch: number;
  /** Statements per second over all clients; 0 = as fast as the server answers. */
  rate: number;
  /** Load time before the kill. */
  killAfterMs: number;
  /** Acknowledged batches re-sent after the restart (a client that missed the reply). */
  resendAckedBatches: number;
  log?: (line: string) => void;
}

type BatchState = 'pending' | 'acked' | 'failed';
interface Batch {
  learner: number;
  ids: string[];
  payload: string;
  state: BatchState;
  pendingAtKill: boolean;
}
interface Learner {
  cookie: string;
  csrf: string;
}

export interface CrashResult {
  backend: string;
  sent: number;
  acknowledged: number;
  /** Statements in requests sent but not answered when the kill was issued. */
  inFlightAtKill: number;
  /** Unacknowledged statements the database had committed anyway (the reply died with the process). */
  unackedCommitted: number;
  /** Non-200 replies or errors before the kill (retried like the in-flight ones). */
  errorsBeforeKill: number;
  ratePerS: number;
  restartToReadyMs: number;
  /** Acknowledged statements absent after the restart, before any retry. */
  missingAcknowledged: number;
  retriedStatements: number;
  retriedStored: number;
  retryErrors: number;
  resentAcknowledged: number;
  /** Stored again when an acknowledged statement was re-sent: must be 0. */
  resentAcknowledgedStored: number;
  /** Sent statements absent at the end. */
  missingFinal: number;
  /** Rows minus distinct ids (export and direct SQL). */
  duplicates: number;
  /** Rows found for the scenario's learners that no client sent. */
  unexpectedRows: number;
  directRows: number;
  directDistinct: number;
  /** PGlite: a second process opening the folder while the restarted server runs is refused. */
  secondOpenRefused: boolean | null;
}

/** What is wrong with a run; empty when nothing was lost or doubled. */
export function crashProblems(r: CrashResult): string[] {
  const out: string[] = [];
  if (r.acknowledged === 0) out.push('no statement was acknowledged before the kill');
  if (r.inFlightAtKill + r.errorsBeforeKill === 0 && r.sent === r.acknowledged)
    out.push('the kill hit no request in flight');
  if (r.missingAcknowledged) out.push(`${r.missingAcknowledged} acknowledged statements lost`);
  if (r.retryErrors) out.push(`${r.retryErrors} retried batches failed`);
  if (r.resentAcknowledgedStored) out.push(`${r.resentAcknowledgedStored} re-sent statements stored twice`);
  if (r.missingFinal) out.push(`${r.missingFinal} sent statements missing after the retry`);
  if (r.duplicates) out.push(`${r.duplicates} duplicate rows`);
  if (r.unexpectedRows) out.push(`${r.unexpectedRows} rows nobody sent`);
  if (r.directRows !== r.directDistinct) out.push('direct count differs from distinct count');
  if (r.directRows !== r.sent) out.push(`direct count ${r.directRows} ≠ ${r.sent} statements sent`);
  if (r.secondOpenRefused === false)
    out.push('a second process opened the PGlite folder of a running server');
  return out;
}

export async function runCrashScenario(o: CrashOptions): Promise<CrashResult> {
  const log = o.log ?? (() => {});
  const cfg: ServerConfig = {
    port: await freePort(),
    databaseUrl: o.databaseUrl,
    dataDir: o.dataDir,
    secret: randomBytes(32).toString('hex'),
    contentDir: o.contentDir,
  };
  let server: RunningServer | null = await startServer(cfg);
  log(`server ready in ${(server.readyMs / 1000).toFixed(1)} s (first start, ${o.backend})`);
  const http = httpClient(cfg.port, o.clients + 4);
  try {
    const learners = await registerLearners(http, o.learners);
    log(`${learners.length} learners registered`);

    const load = await driveAndKill(http, server, learners, o, log);
    server = null;
    const batches = load.batches;

    const restarted = await startServer(cfg);
    server = restarted;
    log(`restarted, ready in ${(restarted.readyMs / 1000).toFixed(1)} s`);

    const secondOpenRefused = o.databaseUrl ? null : await secondOpenIsRefused(o.dataDir);
    const ackedIds = batches.filter((b) => b.state === 'acked').flatMap((b) => b.ids);
    const before = await exportAll(http, learners);
    const missingAcknowledged = ackedIds.filter((id) => !before.has(id)).length;
    const unackedCommitted = batches
      .filter((b) => b.state !== 'acked')
      .flatMap((b) => b.ids)
      .filter((id) => before.has(id)).length;

    const retry = await resend(
      http,
      learners,
      batches.filter((b) => b.state !== 'acked'),
      o.clients,
    );
    const sample = pickSample(
      batches.filter((b) => b.state === 'acked'),
      o.resendAckedBatches,
    );
    const again = await resend(http, learners, sample, o.clients);

    const after = await exportAll(http, learners);
    const sentIds = new Set(batches.flatMap((b) => b.ids));
    let exportRows = 0;
    for (const n of after.values()) exportRows += n;
    const missingFinal = [...sentIds].filter((id) => !after.has(id)).length;
    const unexpectedRows = [...after.keys()].filter((id) => !sentIds.has(id)).length;

    await stopGracefully(restarted);
    server = null;
    const direct = await countDirect(o);

    return {
      backend: o.backend,
      sent: sentIds.size,
      acknowledged: ackedIds.length,
      inFlightAtKill: load.inFlightAtKill,
      unackedCommitted,
      errorsBeforeKill: load.errorsBeforeKill,
      ratePerS: load.ratePerS,
      restartToReadyMs: restarted.readyMs,
      missingAcknowledged,
      retriedStatements: retry.statements,
      retriedStored: retry.stored,
      retryErrors: retry.errors + again.errors,
      resentAcknowledged: again.statements,
      resentAcknowledgedStored: again.stored,
      missingFinal,
      duplicates: exportRows - after.size + (direct.rows - direct.distinct),
      unexpectedRows,
      directRows: direct.rows,
      directDistinct: direct.distinct,
      secondOpenRefused,
    };
  } finally {
    http.close();
    if (server) await killHard(server);
  }
}

type Http = ReturnType<typeof httpClient>;

async function registerLearners(http: Http, n: number): Promise<Learner[]> {
  // The consent the registration form sends, when this build asks for one.
  const notice = await http.send('GET', '/api/privacy/notice');
  let consent: { version: string; purposes: string[] } | undefined;
  if (notice.status === 200) {
    const body = JSON.parse(notice.body) as { version: string; purposes: { code: string }[] };
    consent = { version: body.version, purposes: body.purposes.map((p) => p.code) };
  }
  const run = randomBytes(3).toString('hex');
  const out: Learner[] = [];
  for (let i = 0; i < n; i++) {
    const payload = JSON.stringify({
      fullName: `Học viên Thử ${i + 1}`,
      login: `crash-${run}-${i}@thu.lantoa`,
      password: 'crash-test-password',
      ...(consent ? { consent } : {}),
    });
    const res = await http.send('POST', '/api/auth/register', payload);
    if (res.status !== 201) throw new Error(`register failed: ${res.status} ${res.body}`);
    const cookie = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0] as string)
      .find((c) => c.startsWith('lantoa_session='));
    if (!cookie) throw new Error('register set no session cookie');
    out.push({ cookie, csrf: (JSON.parse(res.body) as { csrfToken: string }).csrfToken });
  }
  return out;
}

function makeBatch(o: CrashOptions, learner: number, k: number): Batch {
  const now = new Date().toISOString();
  const statements = Array.from({ length: o.batch }, (_, i) => ({
    id: randomUUID(),
    verb: 'experienced' as const,
    object: { type: 'block' as const, id: `${o.moduleId}/b${(k + i) % 6}` },
    context: { moduleId: o.moduleId, blockIndex: (k + i) % 6 },
    result: { durationSeconds: 5 },
    timestamp: now,
  }));
  return {
    learner,
    ids: statements.map((s) => s.id),
    payload: JSON.stringify({ statements }),
    state: 'pending',
    pendingAtKill: false,
  };
}

function post(http: Http, learner: Learner, payload: string) {
  return http.send('POST', '/api/learning/statements', payload, {
    cookie: learner.cookie,
    'x-csrf-token': learner.csrf,
  });
}

/** Paced clients, one request in flight each, until the kill; returns their logs. */
async function driveAndKill(
  http: Http,
  server: RunningServer,
  learners: Learner[],
  o: CrashOptions,
  log: (l: string) => void,
) {
  const batches: Batch[] = [];
  let stop = false;
  let errorsBeforeKill = 0;
  const intervalMs = o.rate > 0 ? (o.clients * o.batch * 1000) / o.rate : 0;
  const t0 = performance.now();
  async function client(c: number) {
    for (let k = 0; !stop; k++) {
      if (intervalMs > 0) {
        const wait = t0 + (k + c / o.clients) * intervalMs - performance.now();
        if (wait > 0) await sleep(wait);
        if (stop) return;
      }
      const learner = (c + k * o.clients) % learners.length;
      const b = makeBatch(o, learner, k);
      batches.push(b);
      try {
        const res = await post(http, learners[learner] as Learner, b.payload);
        b.state = res.status === 200 ? 'acked' : 'failed';
      } catch {
        b.state = 'failed';
      }
      if (b.state === 'failed' && !b.pendingAtKill && !stop) errorsBeforeKill++;
    }
  }
  const clients = Array.from({ length: o.clients }, (_, c) => client(c));
  await sleep(o.killAfterMs);
  const elapsed = (performance.now() - t0) / 1000;
  let inFlightAtKill = 0;
  for (const b of batches)
    if (b.state === 'pending') {
      b.pendingAtKill = true;
      inFlightAtKill += b.ids.length;
    }
  const ackedAtKill = batches.filter((b) => b.state === 'acked').length * o.batch;
  stop = true;
  await killHard(server);
  await Promise.all(clients);
  const ratePerS = ackedAtKill / elapsed;
  log(
    `killed after ${elapsed.toFixed(1)} s: ${ackedAtKill} acknowledged (${Math.round(ratePerS)}/s), ${inFlightAtKill} in flight`,
  );
  return { batches, inFlightAtKill, errorsBeforeKill, ratePerS };
}

/** The client's retry: the same batches with the same statement ids. */
async function resend(http: Http, learners: Learner[], batches: Batch[], concurrency: number) {
  let statements = 0;
  let stored = 0;
  let errors = 0;
  let next = 0;
  async function worker() {
    while (next < batches.length) {
      const b = batches[next++] as Batch;
      statements += b.ids.length;
      const res = await post(http, learners[b.learner] as Learner, b.payload).catch(() => null);
      if (res?.status !== 200) {
        errors++;
        continue;
      }
      stored += (JSON.parse(res.body) as { stored: number }).stored;
      b.state = 'acked';
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { statements, stored, errors };
}

function pickSample<T>(items: T[], n: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, n);
}

/** Every statement each learner can export, as id → times listed. */
async function exportAll(http: Http, learners: Learner[]): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  for (const l of learners) {
    for (let page = 1; ; page++) {
      const res = await http.send('GET', `/api/learning/statements?page=${page}&pageSize=1000`, undefined, {
        cookie: l.cookie,
      });
      if (res.status !== 200) throw new Error(`export failed: ${res.status} ${res.body}`);
      const body = JSON.parse(res.body) as { statements: { id: string }[]; more: boolean };
      for (const s of body.statements) seen.set(s.id, (seen.get(s.id) ?? 0) + 1);
      if (!body.more) break;
    }
  }
  return seen;
}

/** Rows and distinct ids read straight from the database, the server stopped. */
async function countDirect(o: CrashOptions): Promise<{ rows: number; distinct: number }> {
  const database = await openDatabase(
    o.databaseUrl ? { databaseUrl: o.databaseUrl, poolSize: 1 } : { dataDir: o.dataDir },
  );
  try {
    const [row] = await database.raw<{ n: number; uniq: number }>(
      'select count(*)::int as n, count(distinct id)::int as uniq from learning_events',
    );
    return { rows: Number(row?.n ?? 0), distinct: Number(row?.uniq ?? 0) };
  } finally {
    await database.close();
  }
}

/** Opening a running server's PGlite folder from this process must fail (and touch nothing). */
async function secondOpenIsRefused(dataDir: string): Promise<boolean> {
  try {
    const database = await openDatabase({ dataDir });
    await database.close();
    return false;
  } catch (e) {
    return e instanceof DataDirInUseError;
  }
}

/** A fresh PostgreSQL database beside `baseUrl` (dropped by `drop`). */
export async function scratchPgDatabase(baseUrl: string, name: string) {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

// The real server as a child process for the crash scenario (`lantoa serve`, the same entry point
// operators run), a readiness wait, SIGKILL, and a small keep-alive HTTP client that keeps the
// reply body. Loopback only.
import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

export interface ServerConfig {
  port: number;
  /** PostgreSQL URL; absent = embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  secret: string;
  /** Content packs folder; absent = the bundled packs. */
  contentDir?: string;
}

export interface RunningServer {
  child: ChildProcess;
  /** Milliseconds from spawn to GET /readyz = 200. */
  readyMs: number;
  /** The last lines the server wrote to stderr/stdout (for failure messages). */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A port nobody listens on right now (the restarted server reuses it, as clients expect). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export async function startServer(cfg: ServerConfig, timeoutMs = 120_000): Promise<RunningServer> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'bin/lantoa.mjs'), 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(cfg.port),
      HOST: '127.0.0.1',
      DATABASE_URL: cfg.databaseUrl ?? '',
      LANTOA_DATA_DIR: cfg.dataDir,
      LANTOA_SECRET: cfg.secret,
      LANTOA_DEMO: 'false',
      LANTOA_CONTENT_DIR: cfg.contentDir ?? '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const keep = (d: Buffer) => {
    tail = (tail + d.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const server: RunningServer = { child, readyMs: 0, output: () => tail, exited };
  const deadline = t0 + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `the server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${tail}`,
      );
    const status = await probe(cfg.port);
    if (status === 200) {
      server.readyMs = performance.now() - t0;
      return server;
    }
    await sleep(25);
  }
  child.kill('SIGKILL');
  throw new Error(`the server was not ready within ${timeoutMs / 1000} s:\n${tail}`);
}

function probe(port: number): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/readyz', agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.setTimeout(2000, () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

/** `kill -9`: no handler runs, nothing is flushed or closed by the server. */
export async function killHard(server: RunningServer) {
  server.child.kill('SIGKILL');
  await server.exited;
}

/** SIGTERM and wait for the graceful shutdown (the database closed cleanly). */
export async function stopGracefully(server: RunningServer) {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
  await server.exited;
  clearTimeout(timer);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Reply {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** A keep-alive HTTP client bound to one loopback port. */
export function httpClient(port: number, maxSockets: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const send = (
    method: string,
    urlPath: string,
    payload?: string,
    headers: Record<string, string> = {},
  ): Promise<Reply> =>
    new Promise((resolve, reject) => {
      const req = http.request(
        {
          agent,
          host: '127.0.0.1',
          port,
          path: urlPath,
          method,
          headers: {
            ...(payload !== undefined
              ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) }
              : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString(),
              headers: res.headers,
            }),
          );
          res.on('error', reject);
        },
      );
      req.setTimeout(30_000, () => req.destroy(new Error('request timed out')));
      req.on('error', reject);
      req.end(payload);
    });
  return { send, close: () => agent.destroy() };
}

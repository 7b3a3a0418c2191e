// Shared by the load generators (child processes) and the benchmarks that start them: a bounded
// loop of keep-alive clients with latency percentiles, and the spawn-and-read-one-JSON-line call.
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface LoadResult {
  requests: number;
  errors: number;
  elapsed: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Refuses any target but this machine: load is only ever sent to loopback. */
export function loopbackOnly(url: string): URL {
  const target = new URL(url);
  if (!['127.0.0.1', 'localhost', '::1'].includes(target.hostname))
    throw new Error('load generation is for loopback only');
  return target;
}

/** `concurrency` clients call `send(client, k)` until `seconds` pass or `maxRequests` are sent. */
export async function runClients(
  cfg: { concurrency: number; seconds: number; maxRequests: number },
  send: (client: number, k: number) => Promise<number>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const deadline = performance.now() + cfg.seconds * 1000;
  async function client(n: number) {
    let k = 0;
    while (performance.now() < deadline && sent < cfg.maxRequests) {
      sent++;
      const t0 = performance.now();
      try {
        if ((await send(n, k++)) !== 200) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  }
  const t0 = performance.now();
  await Promise.all(Array.from({ length: cfg.concurrency }, (_, i) => client(i)));
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? Number.NaN;
  return { requests: latencies.length, errors, elapsed, p50: pct(50), p95: pct(95), p99: pct(99) };
}

/** Runs bench/<script> in its own process with `cfg` and returns the JSON line it prints last. */
export function spawnLoad(script: string, cfg: unknown): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'bench', script), JSON.stringify(cfg)],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop() as string))
        : reject(new Error(`${script} exited ${code}`)),
    );
  });
}

/** One request on a keep-alive agent; resolves with the status once the body is read. */
export function httpSend(
  agent: http.Agent,
  target: URL,
  opts: { method: string; path: string; payload?: string; headers?: Record<string, string> },
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: opts.path,
        method: opts.method,
        headers: {
          ...(opts.payload
            ? {
                'content-type': 'application/json',
                'content-length': String(Buffer.byteLength(opts.payload)),
              }
            : {}),
          ...opts.headers,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(opts.payload);
  });
}

// Load generator, run as its own process so it does not share the server's event loop.
// Sends POST /api/learning/statements from `concurrency` keep-alive clients for `seconds`
// (bounded in time and count, loopback only) and prints one JSON line with the results.

import { randomUUID } from 'node:crypto';
import http from 'node:http';

interface Session {
  cookie: string;
  csrf: string;
}
const cfg = JSON.parse(process.argv[2] as string) as {
  url: string;
  sessions: Session[];
  batch: number;
  concurrency: number;
  seconds: number;
  moduleId: string;
  maxRequests: number;
};
const target = new URL(cfg.url);
if (!['127.0.0.1', 'localhost', '::1'].includes(target.hostname))
  throw new Error('load generation is for loopback only');
const agent = new http.Agent({ keepAlive: true, maxSockets: cfg.concurrency });

function body(blockBase: number) {
  const now = new Date().toISOString();
  return JSON.stringify({
    statements: Array.from({ length: cfg.batch }, (_, i) => ({
      id: randomUUID(),
      verb: 'experienced',
      object: { type: 'block', id: `${cfg.moduleId}/b${(blockBase + i) % 6}` },
      context: { moduleId: cfg.moduleId, blockIndex: (blockBase + i) % 6 },
      result: { durationSeconds: 20 },
      timestamp: now,
    })),
  });
}

function post(s: Session, payload: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: '/api/learning/statements',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          cookie: s.cookie,
          'x-csrf-token': s.csrf,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const latencies: number[] = [];
let errors = 0;
let sent = 0;
const deadline = performance.now() + cfg.seconds * 1000;
async function client(n: number) {
  const s = cfg.sessions[n % cfg.sessions.length] as Session;
  let k = 0;
  while (performance.now() < deadline && sent < cfg.maxRequests) {
    sent++;
    const payload = body(k++);
    const t0 = performance.now();
    try {
      const status = await post(s, payload);
      if (status !== 200) errors++;
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
agent.destroy();
console.log(
  JSON.stringify({ requests: latencies.length, errors, elapsed, p50: pct(50), p95: pct(95), p99: pct(99) }),
);

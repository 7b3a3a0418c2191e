// Load generator for one fixed request (method, path, JSON body, optional cookie), run as its own
// process so it does not share the server's event loop. Keep-alive clients for `seconds`, bounded
// in time and count, loopback only; prints one JSON line with the results.
import http from 'node:http';

const cfg = JSON.parse(process.argv[2] as string) as {
  url: string;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  concurrency: number;
  seconds: number;
  maxRequests: number;
};
const target = new URL(cfg.url);
if (!['127.0.0.1', 'localhost', '::1'].includes(target.hostname))
  throw new Error('load generation is for loopback only');
const agent = new http.Agent({ keepAlive: true, maxSockets: cfg.concurrency });
const payload = cfg.body === undefined ? undefined : JSON.stringify(cfg.body);

function send(): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: cfg.path,
        method: cfg.method,
        headers: payload
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
          : {},
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
async function client() {
  while (performance.now() < deadline && sent < cfg.maxRequests) {
    sent++;
    const t0 = performance.now();
    try {
      if ((await send()) !== 200) errors++;
    } catch {
      errors++;
    }
    latencies.push(performance.now() - t0);
  }
}
const t0 = performance.now();
await Promise.all(Array.from({ length: cfg.concurrency }, () => client()));
const elapsed = (performance.now() - t0) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? Number.NaN;
agent.destroy();
console.log(
  JSON.stringify({ requests: latencies.length, errors, elapsed, p50: pct(50), p95: pct(95), p99: pct(99) }),
);

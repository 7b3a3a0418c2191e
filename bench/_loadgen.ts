// Load generator, run as its own process so it does not share the server's event loop.
// Sends POST /api/learning/statements from `concurrency` keep-alive clients for `seconds`
// (bounded in time and count, loopback only) and prints one JSON line with the results.

import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { httpSend, loopbackOnly, runClients } from './_load.ts';

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
const target = loopbackOnly(cfg.url);
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

const result = await runClients(cfg, (n, k) => {
  const s = cfg.sessions[n % cfg.sessions.length] as Session;
  return httpSend(agent, target, {
    method: 'POST',
    path: '/api/learning/statements',
    payload: body(k),
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
  });
});
agent.destroy();
console.log(JSON.stringify(result));

// Load generator for one fixed request (method, path, JSON body), run as its own process so it
// does not share the server's event loop; bounded in time and count, loopback only. Prints one
// JSON line with the results.
import http from 'node:http';
import { httpSend, loopbackOnly, runClients } from './_load.ts';

const cfg = JSON.parse(process.argv[2] as string) as {
  url: string;
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  concurrency: number;
  seconds: number;
  maxRequests: number;
};
const target = loopbackOnly(cfg.url);
const agent = new http.Agent({ keepAlive: true, maxSockets: cfg.concurrency });
const payload = cfg.body === undefined ? undefined : JSON.stringify(cfg.body);
const result = await runClients(cfg, () =>
  httpSend(agent, target, { method: cfg.method, path: cfg.path, payload }),
);
agent.destroy();
console.log(JSON.stringify(result));

// Helpers for the roster integration tests: build a CSV, upload it raw, wait for the job.
import { expect } from 'vitest';
import type { Client, InjectResponse } from '../../test/harness.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const cell = (v: string) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
export const csv = (rows: string[][]) => `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;

export function upload(
  c: Client,
  kind: string,
  body: string | Buffer,
  opts: { fileName?: string; type?: string } = {},
): Promise<InjectResponse> {
  const fileName = encodeURIComponent(opts.fileName ?? `${kind}.csv`);
  return c.request({
    method: 'POST',
    url: `/api/imports?kind=${kind}&fileName=${fileName}`,
    payload: typeof body === 'string' ? Buffer.from(body) : body,
    headers: { 'content-type': opts.type ?? 'text/csv' },
  });
}

export interface Job {
  id: string;
  status: string;
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  errorCount: number;
  message: string | null;
  errors: { row: number; column: string; message: string }[];
}

export async function waitForJob(c: Client, id: string, timeoutMs = 60_000): Promise<Job> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await c.get(`/api/imports/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    const job = res.json() as Job;
    if (job.status === 'completed' || job.status === 'failed') return job;
    if (Date.now() > until) throw new Error(`import ${id} still ${job.status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Uploads and waits: the finished job. */
export async function importFile(
  c: Client,
  kind: string,
  body: string | Buffer,
  opts: { fileName?: string; type?: string } = {},
): Promise<Job> {
  const res = await upload(c, kind, body, opts);
  expect(res.statusCode, res.body).toBe(202);
  return waitForJob(c, res.json().id);
}

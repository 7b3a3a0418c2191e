// The PGlite data-folder lock: a lock left by a killed process is taken over (a restart after
// kill -9 opens), a lock held by a live process is refused (no second writer corrupts the files).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, lockDataDir } from '../db/pglite-lock.ts';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'lantoa-lock-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A process that runs until killed; its pid stands for another live server. */
async function liveProcess() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  await new Promise((r) => child.once('spawn', r));
  return child;
}

describe('PGlite data-folder lock', () => {
  it('takes over a lock left by a process killed with SIGKILL', async () => {
    const dir = tempDir();
    const child = await liveProcess();
    const pid = child.pid as number;
    writeFileSync(path.join(dir, 'pglite.lock'), `${pid}\n`);
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    const release = lockDataDir(dir);
    expect(Number.parseInt(readFileSync(path.join(dir, 'pglite.lock'), 'utf8'), 10)).toBe(process.pid);
    release();
    expect(existsSync(path.join(dir, 'pglite.lock'))).toBe(false);
  });

  it('refuses a folder a live process holds', async () => {
    const dir = tempDir();
    const child = await liveProcess();
    try {
      writeFileSync(path.join(dir, 'pglite.lock'), `${child.pid}\n`);
      expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
      expect(readFileSync(path.join(dir, 'pglite.lock'), 'utf8').trim()).toBe(String(child.pid));
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('treats its own pid without a handle as a stale lock (a restarted container)', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'pglite.lock'), `${process.pid}\n`);
    const release = lockDataDir(dir);
    release();
    expect(existsSync(path.join(dir, 'pglite.lock'))).toBe(false);
  });

  it('counts handles within one process and frees the folder after the last', () => {
    const dir = tempDir();
    const a = lockDataDir(dir);
    const b = lockDataDir(dir);
    a();
    expect(existsSync(path.join(dir, 'pglite.lock'))).toBe(true);
    b();
    expect(existsSync(path.join(dir, 'pglite.lock'))).toBe(false);
  });
});

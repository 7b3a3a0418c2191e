// One process at a time on a PGlite data folder. PGlite is a whole PostgreSQL inside the process
// with no postmaster to arbitrate: two processes on the same folder (a second `lantoa serve`, a
// CLI command beside a running server) would both write the same files and corrupt them. A lock
// file beside the data holds the owner's pid; a lock left by a process that no longer runs (after
// `kill -9` or a power cut) is stale and taken over, so a restart after a crash always opens.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Folders this process holds, with how many open handles use each. */
const held = new Map<string, number>();

export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `Thư mục dữ liệu ${dir} đang được tiến trình ${pid} sử dụng; hãy dừng tiến trình đó trước. / ` +
        `The data folder ${dir} is in use by process ${pid}; stop that process first ` +
        `(if no Lantỏa process runs, delete ${path.join(dir, 'pglite.lock')}).`,
    );
    this.name = 'DataDirInUseError';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerPid(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the folder's lock (throws DataDirInUseError if a live process holds it); returns release. */
export function lockDataDir(dir: string): () => void {
  const file = path.join(dir, 'pglite.lock');
  const release = () => {
    const n = (held.get(dir) ?? 1) - 1;
    if (n > 0) return void held.set(dir, n);
    held.delete(dir);
    if (ownerPid(file) === process.pid) unlinkSync(file);
  };
  if (held.has(dir)) {
    held.set(dir, (held.get(dir) as number) + 1);
    return release;
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      held.set(dir, 1);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const pid = ownerPid(file);
    // Our own pid without a handle here means a previous life of this pid (a container restarted).
    if (pid !== null && pid !== process.pid && isRunning(pid)) throw new DataDirInUseError(dir, pid);
    try {
      unlinkSync(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  throw new DataDirInUseError(dir, ownerPid(file) ?? 0);
}

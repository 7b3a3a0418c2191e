import { apiRequest } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';

// Learning statements ("experienced block b3 for 40 s") are fire-and-forget for the learner but
// must not be lost on a flaky 3G connection: each one is first written to localStorage, then sent
// in batches. A failed or interrupted send is retried later with the SAME statement ids, and the
// server stores every id once, so a batch that did arrive but whose reply was lost counts once.
// The queue is kept per person so statements never travel under another account on a shared phone.

export interface Statement {
  id: string;
  verb: 'launched' | 'experienced' | 'progressed' | 'completed' | 'terminated';
  object: { type: 'module' | 'block'; id: string };
  context?: { moduleId?: string; moduleVersion?: number; blockIndex?: number };
  result?: { durationSeconds?: number; completion?: boolean };
  timestamp: string;
}

const STORAGE_PREFIX = 'lantoa.learn.statements.';
const BATCH_SIZE = 100; // the API's limit per request
const MAX_QUEUED = 1000; // a phone offline for weeks keeps the newest ones
const RETRY_MIN_MS = 5_000;
const RETRY_MAX_MS = 5 * 60_000;

const memory = new Map<string, Statement[]>(); // when localStorage is disabled or full
let currentPerson: string | null = null;
let inFlight: Promise<void> | null = null;
let again = false;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let retryDelay = RETRY_MIN_MS;
let listening = false;

function read(personId: string): Statement[] {
  try {
    const raw = localStorage.getItem(STORAGE_PREFIX + personId);
    if (raw) {
      const parsed: unknown = JSON.parse(raw);
      if (Array.isArray(parsed)) return parsed as Statement[];
    }
  } catch {
    // fall through to the in-memory copy
  }
  return memory.get(personId) ?? [];
}

function write(personId: string, list: Statement[]): void {
  memory.set(personId, list);
  try {
    if (list.length) localStorage.setItem(STORAGE_PREFIX + personId, JSON.stringify(list));
    else localStorage.removeItem(STORAGE_PREFIX + personId);
  } catch {
    // storage disabled or full: the in-memory copy still gets sent during this visit
  }
}

function remove(personId: string, ids: Set<string>): void {
  write(
    personId,
    read(personId).filter((s) => !ids.has(s.id)),
  );
}

export function queuedStatements(personId: string): Statement[] {
  return read(personId);
}

/** Adds statements to the person's queue and tries to send it. Never throws. */
export function queueStatements(personId: string, statements: Statement[]): void {
  if (!statements.length) return;
  const list = [...read(personId), ...statements];
  write(personId, list.slice(-MAX_QUEUED));
  void flushStatements(personId);
}

/** Sends everything queued for this person; on failure schedules another try. Never throws. */
export function flushStatements(personId: string): Promise<void> {
  currentPerson = personId;
  listenForConnectivity();
  if (inFlight) {
    again = true;
    return inFlight;
  }
  inFlight = sendAll(personId).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function sendAll(personId: string): Promise<void> {
  do {
    again = false;
    const batch = read(personId).slice(0, BATCH_SIZE);
    if (!batch.length) return;
    try {
      await apiRequest('/learning/statements', {
        method: 'POST',
        body: { statements: batch },
        skipAuthRedirect: true, // background work must not yank the learner to /login
      });
      remove(personId, new Set(batch.map((s) => s.id)));
      retryDelay = RETRY_MIN_MS;
      again = read(personId).length > 0;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION_FAILED') {
        // The server will never accept this batch; keeping it would block everything behind it.
        remove(personId, new Set(batch.map((s) => s.id)));
        again = true;
        continue;
      }
      scheduleRetry(personId);
      return;
    }
  } while (again);
}

function scheduleRetry(personId: string): void {
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = setTimeout(() => {
    retryTimer = null;
    void flushStatements(personId);
  }, retryDelay);
  retryDelay = Math.min(RETRY_MAX_MS, retryDelay * 2);
}

function listenForConnectivity(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('online', () => {
    if (currentPerson) {
      retryDelay = RETRY_MIN_MS;
      void flushStatements(currentPerson);
    }
  });
}

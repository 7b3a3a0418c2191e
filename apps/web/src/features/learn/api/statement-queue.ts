import { apiRequest } from '../../../lib/api-client';
import { ApiError, NetworkError } from '../../../lib/api-error';
import type { AnswerResult } from './types';

// The learner's offline queue. Learning statements ("experienced block b3 for 40 s") and answers
// that could not be graded (no network, or the server's database briefly away: 503) must not be
// lost on a flaky 3G connection: each one is first written to localStorage, then sent in batches.
// A failed or interrupted send is retried later with the SAME ids, and the server stores every id
// once, so a batch that did arrive but whose reply was lost counts once. Answers go first (the
// learner waits for their grading); the grading of a queued answer is kept for the question screen.
// The queue is kept per person so nothing ever travels under another account on a shared phone.

export interface Statement {
  id: string;
  verb: 'launched' | 'experienced' | 'progressed' | 'completed' | 'terminated';
  object: { type: 'module' | 'block'; id: string };
  context?: { moduleId?: string; moduleVersion?: number; blockIndex?: number };
  result?: { durationSeconds?: number; completion?: boolean };
  timestamp: string;
}

/** An answer kept on the device until the server can grade it; `id` is the attempt's id. */
export interface QueuedAnswer {
  id: string;
  moduleId: string;
  questionId: string;
  response: unknown;
  timestamp: string;
}

export interface QueueStatus {
  statements: number;
  answers: number;
  /** The last send failed for want of a connection (or of the server's database). */
  offline: boolean;
}

const STATEMENTS = 'lantoa.learn.statements.';
const ANSWERS = 'lantoa.learn.answers.';
const STATEMENT_BATCH = 100; // the API's limits per request
const ANSWER_BATCH = 50;
const MAX_QUEUED = 1000; // a phone offline for weeks keeps the newest ones
const RETRY_MIN_MS = 5_000;
const RETRY_MAX_MS = 5 * 60_000;

const memory = new Map<string, unknown[]>(); // when localStorage is disabled or full
const graded = new Map<string, AnswerResult>(); // queued answers graded during this visit
const listeners = new Set<() => void>();
let currentPerson: string | null = null;
let inFlight: Promise<void> | null = null;
let again = false;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let retryDelay = RETRY_MIN_MS;
let listening = false;
let offline = false;
let snapshot: { key: string; status: QueueStatus } | null = null;

function read<T>(prefix: string, personId: string): T[] {
  try {
    const raw = localStorage.getItem(prefix + personId);
    if (raw) {
      const parsed: unknown = JSON.parse(raw);
      if (Array.isArray(parsed)) return parsed as T[];
    }
  } catch {
    // fall through to the in-memory copy
  }
  return (memory.get(prefix + personId) as T[] | undefined) ?? [];
}

function write(prefix: string, personId: string, list: unknown[]): void {
  memory.set(prefix + personId, list);
  try {
    if (list.length) localStorage.setItem(prefix + personId, JSON.stringify(list));
    else localStorage.removeItem(prefix + personId);
  } catch {
    // storage disabled or full: the in-memory copy still gets sent during this visit
  }
  notify();
}

function remove(prefix: string, personId: string, ids: Set<string>): void {
  write(
    prefix,
    personId,
    read<{ id: string }>(prefix, personId).filter((s) => !ids.has(s.id)),
  );
}

function notify(): void {
  for (const listener of listeners) listener();
}

export function queuedStatements(personId: string): Statement[] {
  return read<Statement>(STATEMENTS, personId);
}

/** Adds statements to the person's queue and tries to send it. Never throws. */
export function queueStatements(personId: string, statements: Statement[]): void {
  if (!statements.length) return;
  write(STATEMENTS, personId, [...read<Statement>(STATEMENTS, personId), ...statements].slice(-MAX_QUEUED));
  void flushStatements(personId);
}

/** Keeps an answer on the device to be graded once the server can be reached. Never throws. */
export function queueAnswer(personId: string, answer: QueuedAnswer): void {
  const list = read<QueuedAnswer>(ANSWERS, personId).filter((a) => a.id !== answer.id);
  write(ANSWERS, personId, [...list, answer].slice(-MAX_QUEUED));
  void flushStatements(personId);
}

/** The grading of a queued answer, once it has been delivered during this visit. */
export function gradedAnswer(id: string): AnswerResult | undefined {
  return graded.get(id);
}

/** Whether an error means "try again later" rather than "this will never be accepted". */
export function isOfflineError(error: unknown): boolean {
  return (
    error instanceof NetworkError ||
    (error instanceof ApiError && (error.status === 503 || error.code === 'DATABASE_UNAVAILABLE'))
  );
}

/** For useSyncExternalStore: what waits on this device and whether the last send failed. */
export function subscribeQueue(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function queueStatus(personId: string): QueueStatus {
  const status = {
    statements: read(STATEMENTS, personId).length,
    answers: read(ANSWERS, personId).length,
    offline,
  };
  const key = `${status.statements}:${status.answers}:${status.offline}`;
  if (snapshot?.key !== key) snapshot = { key, status };
  return snapshot.status;
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
    try {
      const sent = (await sendAnswers(personId)) || (await sendStatements(personId));
      if (!sent) return;
      setOffline(false);
      retryDelay = RETRY_MIN_MS;
      again = true;
    } catch (error) {
      setOffline(isOfflineError(error));
      scheduleRetry(personId, error);
      return;
    }
  } while (again);
}

/** Sends one batch of answers; false when there is none. */
async function sendAnswers(personId: string): Promise<boolean> {
  const batch = read<QueuedAnswer>(ANSWERS, personId).slice(0, ANSWER_BATCH);
  if (!batch.length) return false;
  const ids = new Set(batch.map((a) => a.id));
  try {
    const reply = await apiRequest<{ results: AnswerResult[]; certificates?: AnswerResult['certificates'] }>(
      '/learning/answers',
      { method: 'POST', body: { answers: batch }, skipAuthRedirect: true },
    );
    // Certificates belong to the whole batch: show them once, with its first answer.
    reply.results.forEach((result, i) => {
      graded.set(result.id, { ...result, certificates: i === 0 ? (reply.certificates ?? []) : [] });
    });
  } catch (error) {
    // A module withdrawn or a question changed while the phone was offline: the server will never
    // grade these, and keeping them would block everything behind them.
    if (!(error instanceof ApiError && (error.status === 400 || error.status === 404))) throw error;
  }
  remove(ANSWERS, personId, ids);
  return true;
}

/** Sends one batch of statements; false when there is none. */
async function sendStatements(personId: string): Promise<boolean> {
  const batch = read<Statement>(STATEMENTS, personId).slice(0, STATEMENT_BATCH);
  if (!batch.length) return false;
  try {
    await apiRequest('/learning/statements', {
      method: 'POST',
      body: { statements: batch },
      skipAuthRedirect: true, // background work must not yank the learner to /login
    });
  } catch (error) {
    // The server will never accept this batch; keeping it would block everything behind it.
    if (!(error instanceof ApiError && error.code === 'VALIDATION_FAILED')) throw error;
  }
  remove(STATEMENTS, personId, new Set(batch.map((s) => s.id)));
  return true;
}

function setOffline(value: boolean): void {
  if (offline === value) return;
  offline = value;
  notify();
}

function scheduleRetry(personId: string, error: unknown): void {
  // A send that failed because the learner did something new keeps the retry already planned:
  // only the timer's own failures lengthen the wait.
  if (retryTimer) return;
  // Exponential backoff with jitter, so a whole province's phones do not come back in one second;
  // never sooner than the server's Retry-After.
  const serverWait =
    error instanceof ApiError && error.retryAfterSeconds ? error.retryAfterSeconds * 1000 : 0;
  const delay = Math.max(serverWait, retryDelay * (0.8 + Math.random() * 0.4));
  retryTimer = setTimeout(() => {
    retryTimer = null;
    void flushStatements(personId);
  }, delay);
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

// Login throttling rules: failures are counted per key (the login typed, and the client address)
// in a sliding window; past the limit the key is locked for a while, never for ever, so a
// stranger cannot lock a citizen out of their account permanently.

export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}

export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export const accountRule: ThrottleRule = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const addressRule: ThrottleRule = { maxFailures: 50, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

/** Seconds until the key may try again, or 0 when it is not locked. */
export function lockedFor(state: ThrottleState | undefined, now: Date): number {
  if (!state?.lockedUntil) return 0;
  const ms = state.lockedUntil.getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

export function recordFailure(
  state: ThrottleState | undefined,
  rule: ThrottleRule,
  now: Date,
): ThrottleState {
  const windowOver = !state || now.getTime() - state.windowStartedAt.getTime() > rule.windowMs;
  const lockOver = !!state?.lockedUntil && lockedFor(state, now) === 0;
  const fresh = !state || windowOver || lockOver;
  const failures = fresh ? 1 : state.failures + 1;
  const windowStartedAt = fresh ? now : state.windowStartedAt;
  const lockedUntil = failures >= rule.maxFailures ? new Date(now.getTime() + rule.lockMs) : null;
  return { failures, windowStartedAt, lockedUntil };
}

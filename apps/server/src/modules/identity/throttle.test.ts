import { describe, expect, it } from 'vitest';
import { accountRule, lockedFor, recordFailure, type ThrottleState } from './throttle.ts';

describe('login throttle', () => {
  const t0 = new Date('2026-01-01T00:00:00Z');
  const at = (s: number) => new Date(t0.getTime() + s * 1000);

  it('locks after the fifth failure in the window, temporarily', () => {
    let s: ThrottleState | undefined;
    for (let i = 0; i < 4; i++) s = recordFailure(s, accountRule, at(i));
    expect(lockedFor(s, at(5))).toBe(0);
    s = recordFailure(s, accountRule, at(5));
    expect(lockedFor(s, at(5))).toBe(15 * 60);
    expect(lockedFor(s, at(5 + 15 * 60 + 1))).toBe(0);
  });

  it('starts a new window after the old one expires', () => {
    let s = recordFailure(undefined, accountRule, at(0));
    for (let i = 1; i < 4; i++) s = recordFailure(s, accountRule, at(i));
    s = recordFailure(s, accountRule, at(16 * 60));
    expect(s.failures).toBe(1);
    expect(lockedFor(s, at(16 * 60))).toBe(0);
  });

  it('counts afresh once a lock has expired', () => {
    let s: ThrottleState | undefined;
    for (let i = 0; i < 5; i++) s = recordFailure(s, accountRule, at(i));
    s = recordFailure(s, accountRule, at(20 * 60));
    expect(s.failures).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { rng, rngFor, uuidFrom, weighted } from './random.ts';

describe('synthetic randomness', () => {
  it('is deterministic per seed and per stream', () => {
    expect([rng(7)(), rng(7)()]).toEqual([rng(7)(), rng(7)()].slice(0, 2));
    expect(rngFor(1, 2, 3)()).toBe(rngFor(1, 2, 3)());
    expect(rngFor(1, 2, 3)()).not.toBe(rngFor(1, 2, 4)());
  });

  it('makes valid v4 UUIDs', () => {
    const r = rng(1);
    for (let i = 0; i < 100; i++)
      expect(uuidFrom(r)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('respects weights', () => {
    const r = rng(3);
    let a = 0;
    for (let i = 0; i < 10_000; i++)
      if (
        weighted(r, [
          ['a', 3],
          ['b', 1],
        ] as const) === 'a'
      )
        a++;
    expect(a / 10_000).toBeGreaterThan(0.72);
    expect(a / 10_000).toBeLessThan(0.78);
  });
});

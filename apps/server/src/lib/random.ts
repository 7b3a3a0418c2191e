// Deterministic randomness for synthetic data: the same seed gives the same province.
export type Rng = () => number;

export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stream of its own for item `index`, so any slice can be regenerated alone (resumable runs). */
export const rngFor = (seed: number, stream: number, index: number) =>
  rng((Math.imul(seed, 0x9e3779b1) ^ Math.imul(stream, 0x85ebca6b) ^ Math.imul(index, 0xc2b2ae35)) >>> 0);

export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

/** Picks by weight: [[value, weight], …]. */
export function weighted<T>(r: Rng, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((n, [, w]) => n + w, 0);
  let x = r() * total;
  for (const [v, w] of table) {
    x -= w;
    if (x <= 0) return v;
  }
  return (table[table.length - 1] as readonly [T, number])[0];
}

/** Standard normal by Box–Muller. */
export function normal(r: Rng): number {
  const u = Math.max(r(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
}

/** A v4-shaped UUID from the generator (deterministic ids make re-runs idempotent). */
export function uuidFrom(r: Rng): string {
  const hex = (n: number) =>
    Math.floor(r() * 16 ** n)
      .toString(16)
      .padStart(n, '0');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(r() * 4)).toString(16)}${hex(3)}-${hex(6)}${hex(6)}`;
}

/**
 * A UUID whose first 12 hex digits are `major`/`minor` counters, so bulk loads append to the end
 * of the primary-key index instead of splitting pages all over it (the rest stays random).
 */
export function orderedUuid(major: number, minor: number, r: Rng): string {
  const hex = (n: number) =>
    Math.floor(r() * 16 ** n)
      .toString(16)
      .padStart(n, '0');
  return `${major.toString(16).padStart(8, '0')}-${(minor & 0xffff).toString(16).padStart(4, '0')}-4${hex(3)}-${(8 + Math.floor(r() * 4)).toString(16)}${hex(3)}-${hex(6)}${hex(6)}`;
}

import { describe, expect, it } from 'vitest';
import { addDays } from '../monitoring/calendar.ts';
import { computeStreak, type Day } from './streak.ts';

const rules = { freezeEvery: 7, maxFreezes: 2 };
const today = '2026-12-07';
/** Days ending today: `pattern` from oldest to today, G = goal met, D = double goal, . = missed, h = half. */
function days(pattern: string): Day[] {
  const out: Day[] = [];
  [...pattern].forEach((c, i) => {
    const day = addDays(today, i - pattern.length + 1);
    const seconds = c === 'G' ? 900 : c === 'D' ? 1800 : c === 'h' ? 450 : 0;
    if (seconds) out.push({ day, seconds, goalMinutes: 15 });
  });
  return out;
}

describe('streaks', () => {
  it('is nothing before the first goal met', () => {
    expect(computeStreak([], today, rules)).toMatchObject({ streak: 0, best: 0, atRisk: false });
    expect(computeStreak(days('hh'), today, rules).streak).toBe(0);
  });

  it('counts days in a row with the goal met, today included once met', () => {
    expect(computeStreak(days('GGG'), today, rules)).toMatchObject({
      streak: 3,
      goalMetToday: true,
      atRisk: false,
    });
    expect(computeStreak(days('GGG'), today, rules).keptDays).toHaveLength(2);
  });

  it('keeps the streak through today until midnight, at risk', () => {
    expect(computeStreak(days('GG.'), today, rules)).toMatchObject({
      streak: 2,
      goalMetToday: false,
      atRisk: true,
    });
    expect(computeStreak(days('GGh'), today, rules)).toMatchObject({ streak: 2, atRisk: true });
  });

  it('breaks on a missed day without a freeze', () => {
    expect(computeStreak(days('GG.G'), today, rules)).toMatchObject({ streak: 1, best: 2 });
  });

  it('earns a freeze every seven goal days and spends it on a missed day', () => {
    const s = computeStreak(days('GGGGGGG.G'), today, rules);
    expect(s).toMatchObject({ streak: 8, freezes: 0, freezesUsed: 1 });
    expect(s.frozenDays).toEqual([addDays(today, -1)]);
    // Held freezes make the streak safe tonight.
    expect(computeStreak(days('GGGGGGG.'), today, rules)).toMatchObject({
      streak: 7,
      freezes: 1,
      atRisk: false,
    });
  });

  it('holds at most the maximum number of freezes', () => {
    expect(computeStreak(days('G'.repeat(30)), today, rules).freezes).toBe(2);
  });

  it('repairs a missed day when the next day doubles the goal', () => {
    const s = computeStreak(days('GGG.D'), today, rules);
    expect(s).toMatchObject({ streak: 4, repairedDays: [addDays(today, -1)] });
    // A plain goal the next day does not repair it.
    expect(computeStreak(days('GGG.G'), today, rules).streak).toBe(1);
  });
});

// Streaks (pure): days in a row with the daily goal met, in Vietnam time. A freeze is earned every
// `freezeEvery` goal days in a row (up to `maxFreezes` held) and spent by itself on a missed day,
// so the streak survives it. A missed day without a freeze can still be repaired the next day by
// learning twice the goal. Today counts once its goal is met; until midnight an unmet today only
// puts the streak at risk.
import { addDays } from '../monitoring/calendar.ts';

export interface Day {
  day: string;
  seconds: number;
  goalMinutes: number;
}

export interface StreakRules {
  freezeEvery: number;
  maxFreezes: number;
}

export interface StreakState {
  streak: number;
  best: number;
  freezes: number;
  freezesUsed: number;
  /** The last day the streak counts (a goal met, a freeze, a repair); null without a streak. */
  streakDay: string | null;
  /** Goal met today. */
  goalMetToday: boolean;
  /** A streak that ends tonight unless today's goal is met (and no freeze is left). */
  atRisk: boolean;
  /** Days whose goal was met with the streak at two days or more ("streak kept"). */
  keptDays: string[];
  /** Goal days. */
  goalDays: string[];
  /** Days a freeze was spent on, and days repaired by a double goal the day after. */
  frozenDays: string[];
  repairedDays: string[];
}

const met = (d: Day | undefined) => !!d && d.seconds >= d.goalMinutes * 60;
const doubled = (d: Day | undefined) => !!d && d.seconds >= d.goalMinutes * 120;

export function computeStreak(days: Day[], today: string, rules: StreakRules): StreakState {
  const byDay = new Map(days.map((d) => [d.day, d]));
  const s: StreakState = {
    streak: 0,
    best: 0,
    freezes: 0,
    freezesUsed: 0,
    streakDay: null,
    goalMetToday: met(byDay.get(today)),
    atRisk: false,
    keptDays: [],
    goalDays: [],
    frozenDays: [],
    repairedDays: [],
  };
  const first = days
    .filter((d) => met(d))
    .map((d) => d.day)
    .sort()[0];
  if (!first) return s;
  let run = 0; // goal days in a row, for earning freezes
  for (let d = first; d <= today; d = addDays(d, 1)) {
    const day = byDay.get(d);
    if (met(day)) {
      s.streak++;
      run++;
      s.goalDays.push(d);
      if (s.streak >= 2) s.keptDays.push(d);
      if (run % rules.freezeEvery === 0 && s.freezes < rules.maxFreezes) s.freezes++;
      s.streakDay = d;
    } else if (d === today) {
      // Today is not over.
    } else if (s.streak > 0 && s.freezes > 0) {
      s.freezes--;
      s.freezesUsed++;
      s.frozenDays.push(d);
      s.streakDay = d;
      run = 0;
    } else if (s.streak > 0 && doubled(byDay.get(addDays(d, 1)))) {
      s.repairedDays.push(d);
      s.streakDay = d;
      run = 0;
    } else {
      s.streak = 0;
      run = 0;
      s.streakDay = null;
    }
    s.best = Math.max(s.best, s.streak);
  }
  s.atRisk = s.streak > 0 && !s.goalMetToday && s.freezes === 0;
  return s;
}

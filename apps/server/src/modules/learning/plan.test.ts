import { describe, expect, it } from 'vitest';
import { buildTodayPlan, type PlanModule, type PlanProgress } from './plan.ts';

const mod = (id: string, level: number, area: string, minutes = 15): PlanModule => ({
  id,
  title: id,
  minutes,
  level,
  areas: [area],
});
const track = [
  mod('a1', 1, 'f:1'),
  mod('a2', 2, 'f:1'),
  mod('b1', 1, 'f:2'),
  mod('b2', 2, 'f:2'),
  mod('c1', 1, 'f:3', 5),
];
const prog = (p: Partial<PlanProgress>): PlanProgress => ({
  score: 0,
  mastered: false,
  started: true,
  updatedAt: new Date(0),
  ...p,
});

describe("today's plan", () => {
  it('fills about the daily goal, starting with the weakest areas at the suggested level', () => {
    const plan = buildTodayPlan({
      track,
      progress: new Map(),
      placement: { 'f:1': 2, 'f:2': 1, 'f:3': 1 },
      goalMinutes: 15,
    });
    expect(plan.items.map((i) => i.moduleId)).toEqual(['b1']);
    const longer = buildTodayPlan({
      track,
      progress: new Map(),
      placement: { 'f:1': 2, 'f:2': 1, 'f:3': 1 },
      goalMinutes: 30,
    });
    expect(longer.items.map((i) => i.moduleId)).toEqual(['b1', 'c1', 'b2']);
    expect(longer.minutes).toBe(35);
  });

  it('skips modules below the suggested level of their area', () => {
    const plan = buildTodayPlan({
      track,
      progress: new Map(),
      placement: { 'f:1': 2, 'f:2': 3, 'f:3': 3 },
      goalMinutes: 60,
    });
    expect(plan.items.map((i) => i.moduleId)).toEqual(['a2']);
  });

  it('puts unfinished modules first, most recent first', () => {
    const progress = new Map([
      ['a2', prog({ updatedAt: new Date(1000) })],
      ['b2', prog({ updatedAt: new Date(2000) })],
    ]);
    const plan = buildTodayPlan({ track, progress, placement: {}, goalMinutes: 30 });
    expect(plan.items.slice(0, 2)).toMatchObject([
      { moduleId: 'b2', reason: 'continue' },
      { moduleId: 'a2', reason: 'continue' },
    ]);
  });

  it('reviews the weakest mastered modules when nothing new is left', () => {
    const progress = new Map(track.map((m, i) => [m.id, prog({ mastered: true, score: 0.8 + i * 0.04 })]));
    const plan = buildTodayPlan({ track, progress, placement: {}, goalMinutes: 15 });
    expect(plan.items).toEqual([{ moduleId: 'a1', title: 'a1', minutes: 15, reason: 'review' }]);
  });

  it('always offers at least one module even with a tiny goal', () => {
    const plan = buildTodayPlan({ track, progress: new Map(), placement: {}, goalMinutes: 1 });
    expect(plan.items).toHaveLength(1);
  });
});

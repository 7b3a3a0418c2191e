// Today's plan: about the learner's daily goal in minutes, picked from their track — first what
// they left unfinished, then unmastered modules from their weakest areas at or above the level the
// placement check suggested, then (when everything is mastered) the weakest modules for review.

export interface PlanModule {
  id: string;
  title: string;
  minutes: number;
  level: number;
  /** Area keys ("<framework>:<area code>") the module's competences belong to. */
  areas: string[];
}

export interface PlanProgress {
  score: number;
  mastered: boolean;
  started: boolean;
  updatedAt: Date;
}

export type PlanReason = 'continue' | 'next' | 'review';
export interface PlanItem {
  moduleId: string;
  title: string;
  minutes: number;
  reason: PlanReason;
}

export function buildTodayPlan(input: {
  track: PlanModule[];
  progress: Map<string, PlanProgress>;
  placement: Record<string, number>;
  goalMinutes: number;
}): { items: PlanItem[]; minutes: number } {
  const { track, progress, placement, goalMinutes } = input;
  const items: PlanItem[] = [];
  let minutes = 0;
  const add = (m: PlanModule, reason: PlanReason) => {
    items.push({ moduleId: m.id, title: m.title, minutes: m.minutes, reason });
    minutes += m.minutes;
  };
  const full = () => items.length > 0 && minutes >= goalMinutes;

  const unfinished = track
    .filter((m) => progress.get(m.id)?.started && !progress.get(m.id)?.mastered)
    .sort(
      (a, b) =>
        (progress.get(b.id)?.updatedAt.getTime() ?? 0) - (progress.get(a.id)?.updatedAt.getTime() ?? 0),
    );
  for (const m of unfinished) {
    if (full()) break;
    add(m, 'continue');
  }

  const suggested = (m: PlanModule) => Math.min(...m.areas.map((a) => placement[a] ?? 1), 99);
  const order = new Map(track.map((m, i) => [m.id, i]));
  const fresh = track.filter((m) => !progress.get(m.id)?.started && !progress.get(m.id)?.mastered);
  const atLevel = fresh.filter(
    (m) => m.areas.length === 0 || m.level >= Math.min(...m.areas.map((a) => placement[a] ?? 1)),
  );
  const pool = atLevel.length ? atLevel : fresh;
  pool.sort(
    (a, b) =>
      suggested(a) - suggested(b) || a.level - b.level || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
  );
  for (const m of pool) {
    if (full()) break;
    add(m, 'next');
  }

  if (!full()) {
    const review = track
      .filter((m) => progress.get(m.id)?.mastered && !items.some((i) => i.moduleId === m.id))
      .sort((a, b) => (progress.get(a.id)?.score ?? 0) - (progress.get(b.id)?.score ?? 0));
    for (const m of review) {
      if (full()) break;
      add(m, 'review');
    }
  }
  return { items, minutes };
}

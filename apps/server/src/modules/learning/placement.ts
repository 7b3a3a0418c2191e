// Placement self-assessment: for each area the learner answers "can you do this?" statements
// written at increasing levels. The check is adaptive — it starts in the middle and moves up after
// a "yes", down after a "no" — and suggests, per area, the highest level confirmed.

export interface PlacementAnswer {
  area: string;
  level: number;
  canDo: boolean;
}

export const PLACEMENT_LEVELS = [1, 2, 3, 4] as const;
export const PLACEMENT_START = 2;

/**
 * The next level to ask about in an area, or null when the area is settled. A level is settled
 * when it was confirmed and the next one up was denied (or is the top), or level 1 was denied.
 */
export function nextPlacementLevel(answers: PlacementAnswer[], area: string, maxLevel = 4): number | null {
  const mine = answers.filter((a) => a.area === area);
  if (mine.length === 0) return Math.min(PLACEMENT_START, maxLevel);
  const yes = mine.filter((a) => a.canDo).map((a) => a.level);
  const no = mine.filter((a) => !a.canDo).map((a) => a.level);
  const highestYes = yes.length ? Math.max(...yes) : 0;
  const lowestNo = no.length ? Math.min(...no) : maxLevel + 1;
  if (lowestNo <= highestYes + 1) return null;
  const last = mine[mine.length - 1] as PlacementAnswer;
  const next = last.canDo ? last.level + 1 : last.level - 1;
  if (next < 1 || next > maxLevel) return null;
  if (next <= highestYes || next >= lowestNo) return null;
  return next;
}

/**
 * Suggested starting level per area: one above the highest level confirmed below the first
 * denial (what the learner can already do needs no lesson), never above `maxLevel`.
 */
export function suggestLevels(answers: PlacementAnswer[], maxLevel = 4): Record<string, number> {
  const out: Record<string, number> = {};
  for (const area of new Set(answers.map((a) => a.area))) {
    const mine = answers.filter((a) => a.area === area);
    const no = mine.filter((a) => !a.canDo).map((a) => a.level);
    const lowestNo = no.length ? Math.min(...no) : Number.POSITIVE_INFINITY;
    const yes = mine.filter((a) => a.canDo && a.level < lowestNo).map((a) => a.level);
    const confirmed = yes.length ? Math.max(...yes) : 0;
    out[area] = Math.min(maxLevel, confirmed + 1);
  }
  return out;
}

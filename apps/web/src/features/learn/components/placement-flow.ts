import type { PlacementAnswer, PlacementArea } from '../api/types';

// The adaptive self-assessment, one statement at a time. Per area: start at level 2 (or the lowest
// level the area has), go one level up after "yes" and one down after "no". The area is settled
// when the step would leave the levels it has (the top was confirmed or the lowest denied) or
// would land on a level already answered (a confirmed level right below a denied one).

export const PLACEMENT_START_LEVEL = 2;

/** The level to ask next in this area, or null when the area is settled. */
export function nextLevelInArea(area: PlacementArea, answers: PlacementAnswer[]): number | null {
  const levels = area.levels.map((l) => l.level).sort((a, b) => a - b);
  if (levels.length === 0) return null;
  const mine = answers.filter((a) => a.area === area.area);
  const last = mine[mine.length - 1];
  if (!last) return levels.includes(PLACEMENT_START_LEVEL) ? PLACEMENT_START_LEVEL : (levels[0] as number);
  const at = levels.indexOf(last.level);
  const next = levels[last.canDo ? at + 1 : at - 1];
  if (next === undefined || at < 0) return null;
  return mine.some((a) => a.level === next) ? null : next;
}

export interface PlacementQuestion {
  area: PlacementArea;
  areaNumber: number;
  level: number;
  statement: string;
}

/** The next statement to show, area by area in the order given, or null when all are settled. */
export function nextPlacementQuestion(
  areas: PlacementArea[],
  answers: PlacementAnswer[],
): PlacementQuestion | null {
  for (const [index, area] of areas.entries()) {
    const level = nextLevelInArea(area, answers);
    if (level === null) continue;
    const statement = area.levels.find((l) => l.level === level)?.statement ?? '';
    return { area, areaNumber: index + 1, level, statement };
  }
  return null;
}

/**
 * Share of the check done, for the progress bar: settled areas count whole, the current area by
 * the questions answered in it out of the most it can take.
 */
export function placementProgress(areas: PlacementArea[], answers: PlacementAnswer[]): number {
  if (areas.length === 0) return 1;
  let done = 0;
  for (const area of areas) {
    if (nextLevelInArea(area, answers) === null) done += 1;
    else {
      const asked = answers.filter((a) => a.area === area.area).length;
      done += asked / (asked + Math.max(1, area.levels.length - asked));
    }
  }
  return done / areas.length;
}

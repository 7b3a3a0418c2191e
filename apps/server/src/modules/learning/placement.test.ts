import { describe, expect, it } from 'vitest';
import { nextPlacementLevel, type PlacementAnswer, suggestLevels } from './placement.ts';

const a = (level: number, canDo: boolean, area = '1'): PlacementAnswer => ({ area, level, canDo });

describe('placement check', () => {
  it('starts in the middle, climbs after yes and stops at the first no', () => {
    expect(nextPlacementLevel([], '1')).toBe(2);
    expect(nextPlacementLevel([a(2, true)], '1')).toBe(3);
    expect(nextPlacementLevel([a(2, true), a(3, false)], '1')).toBeNull();
    expect(nextPlacementLevel([a(2, true), a(3, true)], '1')).toBe(4);
    expect(nextPlacementLevel([a(2, true), a(3, true), a(4, true)], '1')).toBeNull();
  });

  it('goes down after a no and stops at level 1', () => {
    expect(nextPlacementLevel([a(2, false)], '1')).toBe(1);
    expect(nextPlacementLevel([a(2, false), a(1, false)], '1')).toBeNull();
    expect(nextPlacementLevel([a(2, false), a(1, true)], '1')).toBeNull();
  });

  it('suggests one level above what the learner can already do', () => {
    expect(suggestLevels([a(2, false), a(1, false)])).toEqual({ '1': 1 });
    expect(suggestLevels([a(2, false), a(1, true)])).toEqual({ '1': 2 });
    expect(suggestLevels([a(2, true), a(3, false)])).toEqual({ '1': 3 });
    expect(suggestLevels([a(2, true), a(3, true), a(4, true)])).toEqual({ '1': 4 });
    expect(suggestLevels([a(2, true, 'x'), a(2, false, 'y'), a(1, false, 'y')])).toEqual({ x: 3, y: 1 });
  });

  it('ignores a "yes" above a "no" (inconsistent answers count the lower)', () => {
    expect(suggestLevels([a(2, false), a(3, true)])).toEqual({ '1': 1 });
  });
});

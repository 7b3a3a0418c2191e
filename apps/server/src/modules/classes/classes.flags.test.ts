// The dashboard's flags as a pure rule: completed beats inactive beats stuck; inactive after 7 days
// without learning; stuck when learning without mastering for a week in the class, or three wrong
// tries on a question.
import { describe, expect, it } from 'vitest';
import { type FlagFacts, memberFlags } from './classes.dashboard.ts';

const now = new Date('2026-12-06T10:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const base: FlagFacts = {
  completedAt: null,
  lastActiveAt: daysAgo(1),
  joinedAt: daysAgo(20),
  openStarted: false,
  lastMastered: daysAgo(2),
  struggling: false,
};

describe('memberFlags', () => {
  it('marks a member who learns and progresses with nothing', () => {
    expect(memberFlags(base, now)).toEqual([]);
  });
  it('marks completion first, even when the member stopped learning', () => {
    expect(memberFlags({ ...base, completedAt: daysAgo(3), lastActiveAt: daysAgo(30) }, now)).toEqual([
      'completed',
    ]);
  });
  it('marks members who never learned or not for 7 days as inactive', () => {
    expect(memberFlags({ ...base, lastActiveAt: null }, now)).toEqual(['inactive']);
    expect(memberFlags({ ...base, lastActiveAt: daysAgo(8) }, now)).toEqual(['inactive']);
    expect(memberFlags({ ...base, lastActiveAt: daysAgo(6.9) }, now)).toEqual([]);
  });
  it('marks a week of learning without mastering anything as stuck, not for newcomers', () => {
    const noProgress = { ...base, openStarted: true, lastMastered: daysAgo(10) };
    expect(memberFlags(noProgress, now)).toEqual(['stuck']);
    expect(memberFlags({ ...noProgress, lastMastered: null }, now)).toEqual(['stuck']);
    expect(memberFlags({ ...noProgress, joinedAt: daysAgo(3) }, now)).toEqual([]);
    expect(memberFlags({ ...noProgress, openStarted: false }, now)).toEqual([]);
  });
  it('marks three wrong tries on a question as stuck at once', () => {
    expect(memberFlags({ ...base, joinedAt: daysAgo(0), struggling: true }, now)).toEqual(['stuck']);
  });
});

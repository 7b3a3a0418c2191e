// Where a KPI stands against its target (pure): met, on track, at risk or behind, judged against
// a straight line from 0 at the campaign's start to the target share on its due date.

import { daysBetween } from './calendar.ts';
import type { TargetStatus } from './report.types.ts';

export interface StatusInput {
  /** Achieved share now (0–1), null when nobody is in the population. */
  value: number | null;
  target: number;
  startsOn: string;
  dueOn: string;
  /** The day judged ("YYYY-MM-DD", Vietnam). */
  today: string;
}

/** A value this far below the expected share (in share points × expected) is "at risk", below it "behind". */
export const AT_RISK_RATIO = 0.8;

/** The share expected by `today` on the straight line to the target. */
export function expectedShare(i: Omit<StatusInput, 'value'>): number {
  const span = daysBetween(i.startsOn, i.dueOn);
  if (span <= 0) return i.target;
  const elapsed = Math.min(Math.max(daysBetween(i.startsOn, i.today), 0), span);
  return (i.target * elapsed) / span;
}

export function targetStatus(i: StatusInput): TargetStatus {
  if (i.value === null) return 'no_data';
  const value = i.value;
  if (value >= i.target - 1e-9) return 'met';
  if (i.today > i.dueOn) return 'behind';
  const expected = expectedShare(i);
  if (value >= expected - 1e-9) return 'on_track';
  if (value >= expected * AT_RISK_RATIO) return 'at_risk';
  return 'behind';
}

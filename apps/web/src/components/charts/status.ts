// Target statuses as the dashboards show them: one word and one colour each, used by every chart,
// table, tooltip and badge so the same state always reads and looks the same. Colour is never the
// only cue: the words appear in tooltips, tables and legends, and the two "late" states also carry
// a pattern on the chart itself.
import type { TFunction } from 'i18next';

export const TARGET_STATUSES = ['met', 'on_track', 'at_risk', 'behind', 'no_data'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/** Fill colours, each at least 3:1 against white (WCAG 1.4.11) and apart for common colour blindness. */
export const STATUS_COLORS: Record<TargetStatus, string> = {
  met: '#067647',
  on_track: '#1570ef',
  at_risk: '#d97706',
  behind: '#b42318',
  // Nobody to count (e.g. no enterprise of the kind in a commune): grey, as on the map.
  no_data: '#667085',
};

/** Patterns laid over the colour for the states that need attention. */
export const STATUS_PATTERNS: Record<TargetStatus, 'none' | 'dots' | 'stripes'> = {
  met: 'none',
  on_track: 'none',
  at_risk: 'dots',
  behind: 'stripes',
  no_data: 'none',
};

/** The status in words, from the `charts` namespace ("Đã đạt", "Chậm tiến độ" …). */
export function statusLabel(t: TFunction, status: TargetStatus): string {
  return t(`status.${status}`, { ns: 'charts' });
}

// Query keys of this feature, in one place so mutations invalidate exactly what they change.
import type { BoardPeriod, PlaceParams } from './types';

export const engagementKeys = {
  all: ['engagement-console'] as const,
  challenges: (status: string) => ['engagement-console', 'challenges', status] as const,
  results: (id: string, params: object) => ['engagement-console', 'results', id, params] as const,
  board: (place: PlaceParams, period: BoardPeriod) => ['engagement-console', 'board', place, period] as const,
  honourRoll: (place: PlaceParams, month: string) => ['engagement-console', 'honour', place, month] as const,
  programmes: ['engagement-console', 'programmes'] as const,
};

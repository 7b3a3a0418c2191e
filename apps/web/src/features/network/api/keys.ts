// Query keys of this feature, in one place so mutations invalidate exactly what they change.
import type { TrainerFilter } from './types';

export const networkKeys = {
  all: ['network'] as const,
  cascade: ['network', 'cascade'] as const,
  trainers: (filter: TrainerFilter) => ['network', 'trainers', filter] as const,
  support: ['network', 'support'] as const,
  teams: ['network', 'teams'] as const,
  team: (id: string) => ['network', 'teams', id] as const,
  people: (q: string, unitId?: number) => ['network', 'people', q, unitId] as const,
};

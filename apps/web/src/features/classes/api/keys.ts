// Query keys of this feature, in one place so mutations invalidate exactly what they change.
import type { ClassListParams } from './types';

export const classKeys = {
  all: ['classes-console'] as const,
  list: (params: ClassListParams) => ['classes-console', 'list', params] as const,
  options: ['classes-console', 'options'] as const,
  one: (id: string) => ['classes-console', 'class', id] as const,
  dashboard: (id: string) => ['classes-console', 'class', id, 'dashboard'] as const,
  members: (id: string, status?: string) =>
    ['classes-console', 'class', id, 'members', status ?? ''] as const,
  candidates: (id: string, q: string) => ['classes-console', 'class', id, 'candidates', q] as const,
  sessions: (id: string) => ['classes-console', 'class', id, 'sessions'] as const,
  attendance: (id: string, sessionId: string) =>
    ['classes-console', 'class', id, 'attendance', sessionId] as const,
};

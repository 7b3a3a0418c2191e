import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { learnKeys } from './keys';
import type { PlayerModule } from './types';

export function getModule(id: string, signal?: AbortSignal): Promise<PlayerModule> {
  return apiRequest<PlayerModule>(`/learning/modules/${encodeURIComponent(id)}`, { signal });
}

export const moduleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: learnKeys.module(id),
    queryFn: ({ signal }) => getModule(id, signal),
    // The player keeps its own state once open; a refetch mid-lesson would only move the
    // resume point under the learner's feet.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });

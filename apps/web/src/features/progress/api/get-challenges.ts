import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { engagementKeys } from '../../../lib/my-engagement';
import type { Challenge } from './types';

/** Active challenges of my places, with my progress. */
export const challengesQueryOptions = queryOptions({
  queryKey: [...engagementKeys.all, 'challenges'] as const,
  queryFn: ({ signal }) => apiRequest<{ items: Challenge[] }>('/engagement/challenges', { signal }),
});

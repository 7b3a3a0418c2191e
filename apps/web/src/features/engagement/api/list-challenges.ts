import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { engagementKeys } from './keys';
import type { Challenge } from './types';

export type ChallengeFilter = 'all' | 'active' | 'upcoming' | 'ended';

/** Challenges of the places in my scope (and those set above it, read only). */
export const challengesQueryOptions = (status: ChallengeFilter) =>
  queryOptions({
    queryKey: engagementKeys.challenges(status),
    queryFn: ({ signal }) =>
      apiRequest<{ items: Challenge[] }>('/engagement/challenges/manage', { query: { status }, signal }),
  });

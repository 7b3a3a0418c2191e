import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { engagementKeys } from '../../../lib/my-engagement';
import type { LeagueTable } from './types';

/** My league's table this week; null until I earn XP this week. */
export const leagueQueryOptions = queryOptions({
  queryKey: [...engagementKeys.all, 'league'] as const,
  queryFn: ({ signal }) => apiRequest<LeagueTable | null>('/engagement/league', { signal }),
});

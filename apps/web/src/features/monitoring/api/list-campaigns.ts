import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { monitoringKeys } from './keys';
import type { CampaignSummary } from './types';

/** Campaigns whose place meets my scope. */
export const campaignsQueryOptions = queryOptions({
  queryKey: monitoringKeys.campaigns,
  queryFn: ({ signal }) => apiRequest<{ items: CampaignSummary[] }>('/monitoring/campaigns', { signal }),
  staleTime: 5 * 60_000,
});

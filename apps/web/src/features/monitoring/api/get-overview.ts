import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { monitoringKeys } from './keys';
import type { Overview, PlaceParams } from './types';

/** While changes are still being counted, look again this often. */
const PENDING_REFETCH_MS = 5_000;

/** Every target of a campaign for a place: value against target, status, weekly trend. */
export const overviewQueryOptions = (campaignId: string, place: PlaceParams, asOf: string | undefined) =>
  queryOptions({
    queryKey: monitoringKeys.overview(campaignId, place, asOf),
    queryFn: ({ signal }) =>
      apiRequest<Overview>(`/monitoring/campaigns/${encodeURIComponent(campaignId)}/overview`, {
        query: { ...place, asOf },
        signal,
      }),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.pending ? PENDING_REFETCH_MS : false),
  });

import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { learnKeys } from './keys';
import type { PlacementCheck } from './types';

export function getPlacementCheck(signal?: AbortSignal): Promise<PlacementCheck> {
  return apiRequest<PlacementCheck>('/learning/placement', { signal });
}

export const placementQueryOptions = queryOptions({
  queryKey: learnKeys.placement,
  queryFn: ({ signal }) => getPlacementCheck(signal),
  staleTime: 10 * 60_000, // statements change only when a content pack is imported
});

import { queryOptions } from '@tanstack/react-query';
import type { CommuneMap } from '../../../components/charts/ChoroplethMap';
import { apiRequest } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { monitoringKeys } from './keys';

/** A province's commune boundaries, or null when the platform has none for it (404). */
export const communeMapQueryOptions = (provinceCode: string) =>
  queryOptions({
    queryKey: monitoringKeys.communeMap(provinceCode),
    queryFn: async ({ signal }) => {
      try {
        return await apiRequest<CommuneMap>(`/monitoring/geo/${encodeURIComponent(provinceCode)}`, {
          signal,
        });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    // Reference data: changes only with a deployment.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 60 * 60_000,
  });

import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { UnitWithAncestors } from '../../../lib/types';

export function getUnit(id: number, signal?: AbortSignal): Promise<UnitWithAncestors> {
  return apiRequest<UnitWithAncestors>(`/units/${id}`, { signal });
}

export const unitQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['units', 'detail', id],
    queryFn: ({ signal }) => getUnit(id, signal),
    staleTime: 10 * 60_000,
  });

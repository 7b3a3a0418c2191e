import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { Paged, Unit } from '../../../lib/types';

export interface ListUnitsParams {
  parentId?: number;
  q?: string;
  page?: number;
  pageSize?: number;
}

export function listUnits(params: ListUnitsParams, signal?: AbortSignal): Promise<Paged<Unit>> {
  return apiRequest<Paged<Unit>>('/units', { query: { ...params }, signal });
}

export const unitListQueryOptions = (params: ListUnitsParams) =>
  queryOptions({
    queryKey: ['units', 'list', params],
    queryFn: ({ signal }) => listUnits(params, signal),
    placeholderData: keepPreviousData, // keep the table in place while the next page loads
    staleTime: 10 * 60_000,
  });

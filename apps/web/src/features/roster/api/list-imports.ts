import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { Paged } from '../../../lib/types';
import type { ImportSummary } from './types';

export function listImports(page: number, signal?: AbortSignal): Promise<Paged<ImportSummary>> {
  return apiRequest<Paged<ImportSummary>>('/imports', { query: { page, pageSize: 10 }, signal });
}

/** My recent imports, newest first. */
export const importsQueryOptions = (page: number) =>
  queryOptions({
    queryKey: ['imports', 'list', page],
    queryFn: ({ signal }) => listImports(page, signal),
    placeholderData: keepPreviousData,
  });

export const useImports = (page: number) => useQuery(importsQueryOptions(page));

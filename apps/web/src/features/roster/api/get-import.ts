import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type ImportJob, isFinished } from './types';

export function getImport(id: string, signal?: AbortSignal): Promise<ImportJob> {
  return apiRequest<ImportJob>(`/imports/${id}`, { signal });
}

/** Polled every second while the job is queued or running; left alone once it has finished. */
export const importQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['imports', 'detail', id],
    queryFn: ({ signal }) => getImport(id, signal),
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data) ? false : 1000),
  });

export const useImport = (id: string | undefined) =>
  useQuery({ ...importQueryOptions(id ?? ''), enabled: Boolean(id) });

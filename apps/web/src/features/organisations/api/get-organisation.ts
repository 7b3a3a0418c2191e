import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { Organisation } from './types';

export function getOrganisation(id: string, signal?: AbortSignal): Promise<Organisation> {
  return apiRequest<Organisation>(`/organisations/${encodeURIComponent(id)}`, { signal });
}

export const organisationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['organisations', 'detail', id],
    queryFn: ({ signal }) => getOrganisation(id, signal),
  });

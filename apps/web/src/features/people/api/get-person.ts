import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { Person } from './types';

export function getPerson(id: string, signal?: AbortSignal): Promise<Person> {
  return apiRequest<Person>(`/people/${encodeURIComponent(id)}`, { signal });
}

export const personQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['people', 'detail', id],
    queryFn: ({ signal }) => getPerson(id, signal),
  });

import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { classKeys } from './keys';
import type { ClassOptions } from './types';

/** Courses of the catalogue, the communes I may open a class in, the community teams. */
export const classOptionsQueryOptions = queryOptions({
  queryKey: classKeys.options,
  queryFn: ({ signal }) => apiRequest<ClassOptions>('/classes/options', { signal }),
  staleTime: 10 * 60_000,
});

/** The communes I may open a class in whose name matches what I typed (the list is capped at 500). */
export const classUnitsQueryOptions = (q: string) =>
  queryOptions({
    queryKey: [...classKeys.options, 'units', q],
    queryFn: ({ signal }) => apiRequest<ClassOptions>('/classes/options', { query: { q }, signal }),
    select: (data) => data.units,
    staleTime: 10 * 60_000,
  });

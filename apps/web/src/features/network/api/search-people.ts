import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { networkKeys } from './keys';
import type { PersonOption } from './types';

/** People of my scope by name (the people register's search), optionally of one commune. */
export const peopleSearchQueryOptions = (q: string, unitId?: number) =>
  queryOptions({
    queryKey: networkKeys.people(q, unitId),
    queryFn: ({ signal }) =>
      apiRequest<{ items: PersonOption[] }>('/people', { query: { q, unitId, pageSize: 10 }, signal }),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });

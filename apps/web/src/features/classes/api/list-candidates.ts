import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { classKeys } from './keys';
import type { Candidate } from './types';

export const MIN_CANDIDATE_SEARCH = 2;

/** People of the class's commune found by name (at most 20), to enrol from the roster. */
export const candidatesQueryOptions = (id: string, q: string) =>
  queryOptions({
    queryKey: classKeys.candidates(id, q),
    queryFn: ({ signal }) =>
      apiRequest<{ items: Candidate[] }>(`/classes/${id}/candidates`, { query: { q }, signal }),
    enabled: q.trim().length >= MIN_CANDIDATE_SEARCH,
    placeholderData: keepPreviousData,
  });

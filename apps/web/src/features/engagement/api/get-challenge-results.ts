import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest, buildQuery } from '../../../lib/api-client';
import { engagementKeys } from './keys';
import type { ChallengeResults } from './types';

export interface ResultsParams {
  page: number;
  done?: 'true' | 'false';
}

export const RESULTS_PAGE_SIZE = 50;

/** A challenge's participants (a page) and, for a contest, its standings. */
export const challengeResultsQueryOptions = (id: string, params: ResultsParams) =>
  queryOptions({
    queryKey: engagementKeys.results(id, params),
    queryFn: ({ signal }) =>
      apiRequest<ChallengeResults>(`/engagement/challenges/${id}/results`, {
        query: { ...params, pageSize: RESULTS_PAGE_SIZE },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

/** The download of the same results (the learners, or a contest's places). */
export const challengeResultsFileUrl = (
  id: string,
  format: 'csv' | 'xlsx',
  table: 'participants' | 'contest',
  done?: 'true' | 'false',
) => `/api/engagement/challenges/${id}/results${buildQuery({ format, table, done })}`;

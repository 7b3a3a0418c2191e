import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest, buildQuery } from '../../../lib/api-client';
import { networkKeys } from './keys';
import type { TrainerFilter, TrainerPage } from './types';

export const TRAINER_PAGE_SIZE = 20;

/** The trainer register of my scope, filtered and paged. */
export const trainersQueryOptions = (filter: TrainerFilter) =>
  queryOptions({
    queryKey: networkKeys.trainers(filter),
    queryFn: ({ signal }) =>
      apiRequest<TrainerPage>('/network/trainers', {
        query: { ...filter, pageSize: TRAINER_PAGE_SIZE },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const trainersFileUrl = (filter: Omit<TrainerFilter, 'page'>, format: 'csv' | 'xlsx') =>
  `/api/network/trainers${buildQuery({ ...filter, format })}`;

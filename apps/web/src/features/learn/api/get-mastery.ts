import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { learnKeys } from './keys';
import type { Mastery } from './types';

export function getMastery(signal?: AbortSignal): Promise<Mastery> {
  return apiRequest<Mastery>('/learning/mastery', { signal });
}

export const masteryQueryOptions = queryOptions({
  queryKey: learnKeys.mastery,
  queryFn: ({ signal }) => getMastery(signal),
  staleTime: 0,
});

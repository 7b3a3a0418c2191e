import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { learnKeys } from './keys';
import type { TodayPlan } from './types';

export function getToday(signal?: AbortSignal): Promise<TodayPlan> {
  return apiRequest<TodayPlan>('/learning/today', { signal });
}

export const todayQueryOptions = queryOptions({
  queryKey: learnKeys.today,
  queryFn: ({ signal }) => getToday(signal),
  staleTime: 0, // progress made in the player must show as soon as the learner is back home
});

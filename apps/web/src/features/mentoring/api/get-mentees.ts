import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { mentoringKeys } from './keys';
import type { Mentees } from './types';

/** My mentees with their progress towards my level, and my record. */
export const menteesQueryOptions = queryOptions({
  queryKey: mentoringKeys.mentees,
  queryFn: ({ signal }) => apiRequest<Mentees>('/mentoring/mentees', { signal }),
});

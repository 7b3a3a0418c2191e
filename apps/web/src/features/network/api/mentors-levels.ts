import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type MentorLevel, mentorsKeys } from './mentors-types';

/** The levels a mentor may guide: attainment and every course. */
export const mentorLevelsQueryOptions = queryOptions({
  queryKey: mentorsKeys.levels,
  queryFn: ({ signal }) => apiRequest<{ items: MentorLevel[] }>('/mentoring/levels', { signal }),
  staleTime: 5 * 60_000,
});

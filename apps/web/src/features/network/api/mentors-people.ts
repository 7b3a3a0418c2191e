import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { Paged } from '../../../lib/types';
import { mentorsKeys, type PersonOption } from './mentors-types';

/** People of my scope by name, to appoint as a mentor or to pair with one. */
export const mentorPeopleQueryOptions = (q: string) =>
  queryOptions({
    queryKey: mentorsKeys.people(q),
    queryFn: ({ signal }) =>
      apiRequest<Paged<PersonOption>>('/people', { query: { q, pageSize: 10 }, signal }),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });

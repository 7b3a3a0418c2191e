import { queryOptions } from '@tanstack/react-query';
import { apiRequest, buildQuery } from '../../../lib/api-client';
import { type MentorsFilter, mentorsKeys, type OfficerMentors } from './mentors-types';

/** The mentors of my scope with their record against the target of 5. */
export const mentorsQueryOptions = (f: MentorsFilter) =>
  queryOptions({
    queryKey: mentorsKeys.list(f),
    queryFn: ({ signal }) =>
      apiRequest<OfficerMentors>('/mentoring/mentors', { query: { q: f.q, met: f.met }, signal }),
  });

/** The same list as a file (CSV or Excel). */
export const mentorsFileUrl = (f: MentorsFilter, format: 'csv' | 'xlsx') =>
  `/api/mentoring/mentors${buildQuery({ q: f.q, met: f.met, format })}`;

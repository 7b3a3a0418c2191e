import { queryOptions } from '@tanstack/react-query';
import { apiRequest, buildQuery } from '../../../lib/api-client';
import { engagementKeys } from './keys';
import type { HonourRoll, PlaceParams } from './types';

/** A month's honour roll of a unit or organisation in my scope. */
export const honourRollQueryOptions = (place: PlaceParams, month: string) =>
  queryOptions({
    queryKey: engagementKeys.honourRoll(place, month),
    queryFn: ({ signal }) =>
      apiRequest<HonourRoll>('/engagement/honour-roll', { query: { ...place, month }, signal }),
  });

/** The same roll as a file for an official commendation (the learners, the places below, the mentors). */
export const honourRollFileUrl = (
  place: PlaceParams,
  month: string,
  format: 'csv' | 'xlsx',
  table: 'learners' | 'places' | 'mentors',
) => `/api/engagement/honour-roll${buildQuery({ ...place, month, format, table })}`;

import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { engagementKeys } from './keys';
import type { Board, BoardPeriod, PlaceParams } from './types';

/** The top learners of a unit or organisation in my scope (full names). */
export const boardQueryOptions = (place: PlaceParams, period: BoardPeriod) =>
  queryOptions({
    queryKey: engagementKeys.board(place, period),
    queryFn: ({ signal }) => apiRequest<Board>('/engagement/boards', { query: { ...place, period }, signal }),
  });

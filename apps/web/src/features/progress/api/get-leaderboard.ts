import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { engagementKeys } from '../../../lib/my-engagement';
import type { BoardPeriod, BoardPlace, Leaderboard } from './types';

/** A board of one of my places; null when I have no such place (the tab is then left out). */
export async function getLeaderboard(
  place: BoardPlace,
  period: BoardPeriod,
  signal?: AbortSignal,
): Promise<Leaderboard | null> {
  try {
    const board = await apiRequest<Leaderboard>('/engagement/leaderboard', {
      query: { place, period },
      signal,
    });
    return board.placeName === null ? null : board;
  } catch (error) {
    // Older servers answer 404 UNIT_NOT_FOUND / ORGANISATION_NOT_FOUND for a place I do not have.
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const leaderboardQueryOptions = (place: BoardPlace, period: BoardPeriod) =>
  queryOptions({
    queryKey: [...engagementKeys.all, 'leaderboard', place, period] as const,
    queryFn: ({ signal }) => getLeaderboard(place, period, signal),
    // Switching the period keeps the boards on screen (and the tabs in place) until the new ones arrive.
    placeholderData: keepPreviousData,
  });

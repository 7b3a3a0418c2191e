import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { learnKeys } from './keys';
import type { LearningProfile } from './types';

/** Null until the learner has onboarded (the server answers 404 PROFILE_REQUIRED). */
export async function getProfile(signal?: AbortSignal): Promise<LearningProfile | null> {
  try {
    return await apiRequest<LearningProfile>('/learning/profile', { signal });
  } catch (error) {
    if (isProfileRequired(error)) return null;
    throw error;
  }
}

export function isProfileRequired(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'PROFILE_REQUIRED';
}

export const profileQueryOptions = queryOptions({
  queryKey: learnKeys.profile,
  queryFn: ({ signal }) => getProfile(signal),
});

import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { contentKeys } from './keys';
import type { AuthoringModule } from './types';

/**
 * A module with its published source and draft. Resolves to null when the id is not known yet
 * (404 MODULE_NOT_FOUND): the editor then starts a new module under that id.
 */
export async function getAuthoringModule(id: string, signal?: AbortSignal): Promise<AuthoringModule | null> {
  try {
    return await apiRequest<AuthoringModule>(`/authoring/modules/${encodeURIComponent(id)}`, { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404 && error.code === 'MODULE_NOT_FOUND') return null;
    throw error;
  }
}

export const authoringModuleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: contentKeys.module(id),
    queryFn: ({ signal }) => getAuthoringModule(id, signal),
    // Always fresh on opening: someone else may have submitted, approved or sent it back.
    staleTime: 0,
  });

import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { contentKeys } from './keys';
import type { FrameworkSummary } from './types';

export function listFrameworks(signal?: AbortSignal): Promise<{ items: FrameworkSummary[] }> {
  return apiRequest<{ items: FrameworkSummary[] }>('/catalog/frameworks', { signal });
}

export const frameworksQueryOptions = queryOptions({
  queryKey: contentKeys.frameworks,
  queryFn: ({ signal }) => listFrameworks(signal),
  staleTime: 5 * 60_000,
});

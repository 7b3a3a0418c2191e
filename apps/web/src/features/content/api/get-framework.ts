import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { contentKeys } from './keys';
import type { Framework } from './types';

export function getFramework(id: string, signal?: AbortSignal): Promise<Framework> {
  return apiRequest<Framework>(`/catalog/frameworks/${encodeURIComponent(id)}`, { signal });
}

export const frameworkQueryOptions = (id: string) =>
  queryOptions({
    queryKey: contentKeys.framework(id),
    queryFn: ({ signal }) => getFramework(id, signal),
    staleTime: 5 * 60_000,
  });

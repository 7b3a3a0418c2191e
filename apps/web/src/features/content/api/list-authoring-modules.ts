import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { contentKeys } from './keys';
import type { AuthoringModuleSummary } from './types';

export function listAuthoringModules(signal?: AbortSignal): Promise<{ items: AuthoringModuleSummary[] }> {
  return apiRequest<{ items: AuthoringModuleSummary[] }>('/authoring/modules', { signal });
}

export const authoringModulesQueryOptions = queryOptions({
  queryKey: contentKeys.modules,
  queryFn: ({ signal }) => listAuthoringModules(signal),
});

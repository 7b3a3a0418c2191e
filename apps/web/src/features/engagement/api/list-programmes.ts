import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { engagementKeys } from './keys';
import type { CatalogueProgramme } from './types';

/** Programmes and their courses, for a goal counted in one course or programme. */
export const programmesQueryOptions = queryOptions({
  queryKey: engagementKeys.programmes,
  queryFn: ({ signal }) =>
    apiRequest<{ programmes: CatalogueProgramme[] }>('/catalog/programmes', { signal }),
  staleTime: 10 * 60_000,
});

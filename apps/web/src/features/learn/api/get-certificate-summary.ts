import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

// The home card needs only how many certificates the learner holds; it shares the cache entry of
// "Chứng nhận của tôi" (same key, same endpoint), so opening that page after home costs nothing.
export const certificateSummaryQueryOptions = queryOptions({
  queryKey: ['certificates', 'mine'],
  queryFn: ({ signal }) =>
    apiRequest<{ items: { id: string; status: string }[] }>('/learning/certificates', { signal }),
});

import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { mentoringKeys } from './keys';
import type { MyMentoring } from './types';

/** My mentor record (invite link and QR), the levels I reached, and my own mentor. */
export const myMentoringQueryOptions = queryOptions({
  queryKey: mentoringKeys.me,
  queryFn: ({ signal }) => apiRequest<MyMentoring>('/mentoring/me', { signal }),
});

import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { myClassKeys } from './keys';
import type { ClassPreview } from './types';

/** What a join code (from a poster, a link or a QR) opens, before joining. */
export const classByCodeQueryOptions = (code: string) =>
  queryOptions({
    queryKey: myClassKeys.byCode(code),
    queryFn: ({ signal }) =>
      apiRequest<ClassPreview>(`/classes/by-code/${encodeURIComponent(code)}`, { signal }),
    retry: false,
  });

import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { myClassKeys } from './keys';
import type { MyClass } from './types';

/** The classes I am in (or asked to join): my progress in each, the next session, the news. */
export const myClassesQueryOptions = queryOptions({
  queryKey: myClassKeys.mine,
  queryFn: ({ signal }) => apiRequest<{ items: MyClass[] }>('/classes/mine', { signal }),
});

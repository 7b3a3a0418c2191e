import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { classKeys } from './keys';
import type { ClassList, ClassListParams } from './types';

/** My classes (a trainer) or every class of my places (an officer), filtered, a page at a time. */
export const classesQueryOptions = (params: ClassListParams) =>
  queryOptions({
    queryKey: classKeys.list(params),
    queryFn: ({ signal }) => apiRequest<ClassList>('/classes', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });

import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { Paged, TargetGroup, Vulnerability } from '../../../lib/types';
import type { PeopleSort } from '../routes/people-search';
import type { Person } from './types';

export interface ListPeopleParams {
  q?: string;
  unitId?: number;
  targetGroup?: TargetGroup;
  vulnerability?: Vulnerability;
  sort: PeopleSort;
  page: number;
  pageSize: number;
}

export function listPeople(params: ListPeopleParams, signal?: AbortSignal): Promise<Paged<Person>> {
  return apiRequest<Paged<Person>>('/people', { query: { ...params }, signal });
}

export const peopleListQueryOptions = (params: ListPeopleParams) =>
  queryOptions({
    queryKey: ['people', 'list', params],
    queryFn: ({ signal }) => listPeople(params, signal),
    placeholderData: keepPreviousData,
  });

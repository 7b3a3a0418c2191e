import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { OrganisationType, Paged } from '../../../lib/types';
import type { OrganisationSort } from '../routes/organisations-search';
import type { Organisation } from './types';

export interface ListOrganisationsParams {
  q?: string;
  type?: OrganisationType;
  unitId?: number;
  sort: OrganisationSort;
  page: number;
  pageSize: number;
}

export function listOrganisations(
  params: ListOrganisationsParams,
  signal?: AbortSignal,
): Promise<Paged<Organisation>> {
  return apiRequest<Paged<Organisation>>('/organisations', { query: { ...params }, signal });
}

export const organisationListQueryOptions = (params: ListOrganisationsParams) =>
  queryOptions({
    queryKey: ['organisations', 'list', params],
    queryFn: ({ signal }) => listOrganisations(params, signal),
    placeholderData: keepPreviousData,
  });

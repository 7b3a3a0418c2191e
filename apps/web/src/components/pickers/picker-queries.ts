import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client';
import type { OrganisationSummary, Paged, Unit, UnitWithAncestors } from '../../lib/types';

// Look-ups used by the shared pickers (people and organisation forms, list filters). Features
// keep their own list/detail operations; these only serve search-as-you-type.

export const MIN_SEARCH_LENGTH = 2;
const PICKER_PAGE_SIZE = 15;

export const unitSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['picker', 'units', q],
    queryFn: ({ signal }) =>
      apiRequest<Paged<Unit>>('/units', { query: { q, pageSize: PICKER_PAGE_SIZE }, signal }),
    enabled: q.trim().length >= MIN_SEARCH_LENGTH,
    placeholderData: keepPreviousData,
    staleTime: 10 * 60_000, // the unit tree changes a few times a year
  });

export const unitLabelQueryOptions = (id: number | undefined) =>
  queryOptions({
    queryKey: ['picker', 'unit', id],
    queryFn: ({ signal }) => apiRequest<UnitWithAncestors>(`/units/${id}`, { signal }),
    enabled: id !== undefined,
    staleTime: 10 * 60_000,
  });

export const organisationSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['picker', 'organisations', q],
    queryFn: ({ signal }) =>
      apiRequest<Paged<OrganisationSummary>>('/organisations', {
        query: { q, pageSize: PICKER_PAGE_SIZE, sort: 'name' },
        signal,
      }),
    enabled: q.trim().length >= MIN_SEARCH_LENGTH,
    placeholderData: keepPreviousData,
  });

export const organisationLabelQueryOptions = (id: string | undefined) =>
  queryOptions({
    queryKey: ['picker', 'organisation', id],
    queryFn: ({ signal }) => apiRequest<OrganisationSummary>(`/organisations/${id}`, { signal }),
    enabled: id !== undefined,
  });

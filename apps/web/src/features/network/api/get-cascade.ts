import { queryOptions } from '@tanstack/react-query';
import { apiRequest, buildQuery } from '../../../lib/api-client';
import { networkKeys } from './keys';
import type { Cascade } from './types';

/** The cascade of my scope's unit: by generation, by commune, core status, teams, the tree. */
export const cascadeQueryOptions = () =>
  queryOptions({
    queryKey: networkKeys.cascade,
    queryFn: ({ signal }) => apiRequest<Cascade>('/network/cascade', { signal }),
  });

/** The by-commune table as a file. */
export const cascadeFileUrl = (format: 'csv' | 'xlsx') => `/api/network/cascade${buildQuery({ format })}`;

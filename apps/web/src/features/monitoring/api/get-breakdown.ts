import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest, buildQuery } from '../../../lib/api-client';
import { monitoringKeys } from './keys';
import type { Breakdown, BreakdownBy, ExportFormat, PlaceParams } from './types';

export interface BreakdownParams extends PlaceParams {
  by: BreakdownBy;
  asOf?: string;
  page?: number;
  pageSize?: number;
}

const path = (targetId: string) => `/monitoring/targets/${encodeURIComponent(targetId)}/breakdown`;

/** One target by child unit, target group or organisation (by=organisation is paged). */
export const breakdownQueryOptions = (targetId: string, params: BreakdownParams) =>
  queryOptions({
    queryKey: monitoringKeys.breakdown(targetId, params),
    queryFn: ({ signal }) => apiRequest<Breakdown>(path(targetId), { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });

/** The same breakdown as a file (every row, not one page): a plain download link. */
export const breakdownExportHref = (targetId: string, params: BreakdownParams, format: ExportFormat) =>
  `/api${path(targetId)}${buildQuery({ ...params, page: undefined, pageSize: undefined, format })}`;

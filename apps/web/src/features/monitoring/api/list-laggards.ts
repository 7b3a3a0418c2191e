import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest, buildQuery } from '../../../lib/api-client';
import type { Paged } from '../../../lib/types';
import { monitoringKeys } from './keys';
import type { ExportFormat, Laggard, LaggardKind, PlaceParams } from './types';

export interface LaggardsParams extends PlaceParams {
  kind: LaggardKind;
  /** People: who learned before but not in this many days. */
  days?: number;
  page?: number;
  pageSize?: number;
}

const path = (campaignId: string) => `/monitoring/campaigns/${encodeURIComponent(campaignId)}/laggards`;

/** Units and organisations furthest behind, and learners who stopped learning. */
export const laggardsQueryOptions = (campaignId: string, params: LaggardsParams) =>
  queryOptions({
    queryKey: monitoringKeys.laggards(campaignId, params.kind, params),
    queryFn: ({ signal }) =>
      apiRequest<Paged<Laggard> & { kind: LaggardKind }>(path(campaignId), { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });

export const laggardsExportHref = (campaignId: string, params: LaggardsParams, format: ExportFormat) =>
  `/api${path(campaignId)}${buildQuery({ ...params, page: undefined, pageSize: undefined, format })}`;

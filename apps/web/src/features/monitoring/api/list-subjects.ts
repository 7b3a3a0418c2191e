import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest, buildQuery } from '../../../lib/api-client';
import type { Paged } from '../../../lib/types';
import { monitoringKeys } from './keys';
import type { ExportFormat, PlaceParams, Subject } from './types';

export interface SubjectsParams extends PlaceParams {
  achieved: boolean;
  page?: number;
  pageSize?: number;
}

const path = (targetId: string) => `/monitoring/targets/${encodeURIComponent(targetId)}/subjects`;
const query = (p: SubjectsParams) => ({ ...p, achieved: String(p.achieved) });

/** The people (households, organisations) of a target in a place, reached or not (needs people.read). */
export const subjectsQueryOptions = (targetId: string, params: SubjectsParams) =>
  queryOptions({
    queryKey: monitoringKeys.subjects(targetId, params),
    queryFn: ({ signal }) => apiRequest<Paged<Subject>>(path(targetId), { query: query(params), signal }),
    placeholderData: keepPreviousData,
  });

export const subjectsExportHref = (targetId: string, params: SubjectsParams, format: ExportFormat) =>
  `/api${path(targetId)}${buildQuery({ ...query(params), page: undefined, pageSize: undefined, format })}`;

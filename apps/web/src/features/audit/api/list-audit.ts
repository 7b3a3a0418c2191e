import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiRequest, buildQuery } from '../../../lib/api-client';
import type { Paged } from '../../../lib/types';
import type { AuditEntry, AuditFilters } from './types';

export interface ListAuditParams extends AuditFilters {
  page: number;
  pageSize: number;
}

export function listAudit(params: ListAuditParams, signal?: AbortSignal): Promise<Paged<AuditEntry>> {
  return apiRequest<Paged<AuditEntry>>('/audit-log', { query: { ...params }, signal });
}

export const auditListQueryOptions = (params: ListAuditParams) =>
  queryOptions({
    queryKey: ['audit-log', 'list', params],
    queryFn: ({ signal }) => listAudit(params, signal),
    placeholderData: keepPreviousData,
  });

/** The download address of the same entries (newest first, capped by the server). */
export const auditExportHref = (filters: AuditFilters, format: 'csv' | 'xlsx') =>
  `/api/audit-log/export${buildQuery({ ...filters, format })}`;

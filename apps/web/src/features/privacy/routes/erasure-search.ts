import { pickEnum, pickPage } from '../../../lib/search-params';
import { ERASURE_STATUSES, type ErasureStatus } from '../api/types';

export type ErasureStatusFilter = ErasureStatus | 'all';

export interface ErasureRequestsSearch {
  /** Pending (the officer's to-do) when absent. */
  status?: ErasureStatusFilter;
  page?: number;
}

export function validateErasureRequestsSearch(raw: Record<string, unknown>): ErasureRequestsSearch {
  const status = pickEnum(raw.status, [...ERASURE_STATUSES, 'all'] as const);
  return { status: status === 'pending' ? undefined : status, page: pickPage(raw.page) };
}

import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { Paged } from '../../../lib/types';
import type { ErasureRequest, ErasureRequestRow, ErasureStatus } from './types';

// Officers' side: the erasure requests in their scope, confirming or rejecting one, and
// recording a request a person made in person at the office.

export interface ErasureListParams {
  status?: ErasureStatus;
  personId?: string;
  page: number;
  pageSize: number;
}

export function listErasureRequests(
  params: ErasureListParams,
  signal?: AbortSignal,
): Promise<Paged<ErasureRequestRow>> {
  return apiRequest<Paged<ErasureRequestRow>>('/erasure-requests', { query: { ...params }, signal });
}

export const erasureRequestsQueryOptions = (params: ErasureListParams) =>
  queryOptions({
    queryKey: ['privacy', 'erasure-requests', params],
    queryFn: ({ signal }) => listErasureRequests(params, signal),
    placeholderData: keepPreviousData,
  });

function useInvalidateRequests() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['privacy', 'erasure-requests'] });
    // An erased person leaves the people lists; their detail shows the placeholder.
    void queryClient.invalidateQueries({ queryKey: ['people'] });
  };
}

export function useConfirmErasure() {
  const invalidate = useInvalidateRequests();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) =>
      apiRequest<ErasureRequest>(`/erasure-requests/${encodeURIComponent(id)}/confirm`, {
        method: 'POST',
        body: note ? { note } : {},
      }),
    onSuccess: invalidate,
  });
}

export function useRejectErasure() {
  const invalidate = useInvalidateRequests();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) =>
      apiRequest<ErasureRequest>(`/erasure-requests/${encodeURIComponent(id)}/reject`, {
        method: 'POST',
        body: { note },
      }),
    onSuccess: invalidate,
  });
}

export function useRecordErasureRequest(personId: string) {
  const invalidate = useInvalidateRequests();
  return useMutation({
    mutationFn: (reason: string) =>
      apiRequest<ErasureRequest>(`/people/${encodeURIComponent(personId)}/erasure-requests`, {
        method: 'POST',
        body: reason ? { reason } : {},
      }),
    onSuccess: invalidate,
  });
}

import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { networkKeys } from './keys';
import type { SupportList } from './types';

/** Support people for online public services per commune, and the communes without one. */
export const supportQueryOptions = () =>
  queryOptions({
    queryKey: networkKeys.support,
    queryFn: ({ signal }) => apiRequest<SupportList>('/network/support', { signal }),
  });

/**
 * Names a support person. `onDone` runs here rather than per call: the form sits in the list of
 * communes without anyone, which the refreshed list no longer holds, so the form is gone by then.
 */
export function useAppointSupport(onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { unitId: number; personId: string; whereToFind?: string }) =>
      apiRequest('/network/support', { method: 'POST', body }),
    onSuccess: () => {
      onDone?.();
      return queryClient.invalidateQueries({ queryKey: networkKeys.all });
    },
  });
}

export function useRemoveSupport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ unitId, personId }: { unitId: number; personId: string }) =>
      apiRequest(`/network/support/${unitId}/${personId}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkKeys.all }),
  });
}

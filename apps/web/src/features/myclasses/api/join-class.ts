import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { myClassKeys } from './keys';
import type { JoinResult, JoinVia } from './types';

/** Joins a class by its code (a closed class: asks the trainer). Joining twice changes nothing. */
export function useJoinClass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { code: string; via: JoinVia }) =>
      apiRequest<JoinResult>('/classes/join', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myClassKeys.all }),
  });
}

/** Leaves a class (or withdraws a request to join). */
export function useLeaveClass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (classId: string) => apiRequest<void>(`/classes/${classId}/membership`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myClassKeys.all }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { classKeys } from './keys';

/** Enrols people of the roster (accounts or not); people already in the class are counted apart. */
export function useEnrolMembers(classId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personIds: string[]) =>
      apiRequest<{ added: number; already: number }>(`/classes/${classId}/members`, {
        method: 'POST',
        body: { personIds },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: classKeys.one(classId) }),
  });
}

export type MemberDecision = 'approve' | 'reject' | 'remove';

/** Approves or rejects a request to join a closed class, or removes a member. */
export function useMemberDecision(classId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, decision }: { personId: string; decision: MemberDecision }) =>
      decision === 'remove'
        ? apiRequest<void>(`/classes/${classId}/members/${personId}`, { method: 'DELETE' })
        : apiRequest<unknown>(`/classes/${classId}/members/${personId}/${decision}`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: classKeys.all }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { mentorsKeys } from './mentors-types';

/** Pairs a mentor with a learner, both of my scope (audited; a repeat changes nothing). */
export function usePairMentor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { mentorId: string; menteeId: string }) =>
      apiRequest<{ menteeName: string; created: boolean }>('/mentoring/pairings', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mentorsKeys.all }),
  });
}

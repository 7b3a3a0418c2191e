import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { mentorsKeys } from './mentors-types';

/** Appoints a person of my scope as a mentor for a level (audited). */
export function useAppointMentor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { personId: string; level: string }) =>
      apiRequest<{ personId: string; name: string }>('/mentoring/mentors', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mentorsKeys.all }),
  });
}

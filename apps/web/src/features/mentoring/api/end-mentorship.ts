import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { mentoringKeys } from './keys';

/** Ends the mentorship with one of my mentees. */
export function useEndMentorship() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) =>
      apiRequest<{ ok: true }>(`/mentoring/mentees/${personId}/end`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mentoringKeys.all }),
  });
}

/** Leaves my own mentor (then I may accept another invitation). */
export function useLeaveMentor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<{ ok: true }>('/mentoring/my-mentor/end', { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mentoringKeys.all }),
  });
}

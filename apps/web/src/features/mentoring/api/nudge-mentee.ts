import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { mentoringKeys } from './keys';

/** Reminds a mentee to keep learning (once a day). */
export function useNudgeMentee() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) =>
      apiRequest<{ ok: true }>(`/mentoring/mentees/${personId}/nudge`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: mentoringKeys.mentees }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { mentoringKeys } from './keys';

/** Volunteers as a mentor ("Đại sứ số") for a level I reached. */
export function useVolunteer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (level: string) =>
      apiRequest<{ inviteCode: string }>('/mentoring/volunteer', { method: 'POST', body: { level } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mentoringKeys.all }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { engagementKeys } from './keys';
import type { Challenge, NewChallenge } from './types';

/** Sets a challenge for a place in my scope; the lists show it at once. */
export function useCreateChallenge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewChallenge) =>
      apiRequest<Challenge>('/engagement/challenges', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: engagementKeys.all }),
  });
}

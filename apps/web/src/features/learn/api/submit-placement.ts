import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { learnKeys } from './keys';
import type { PlacementAnswer } from './types';

export function submitPlacement(answers: PlacementAnswer[]): Promise<{ placement: Record<string, number> }> {
  return apiRequest('/learning/placement', { method: 'POST', body: { answers } });
}

export function useSubmitPlacement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitPlacement,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: learnKeys.profile });
      void queryClient.invalidateQueries({ queryKey: learnKeys.today });
    },
  });
}

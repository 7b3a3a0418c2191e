import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { networkKeys } from './keys';
import type { NewTrainer, TrainerTier } from './types';

/** Appoints a person of my scope as a trainer; the register and the cascade refresh. */
export function useAppointTrainer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewTrainer) => apiRequest('/network/trainers', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkKeys.all }),
  });
}

/** Changes a trainer's tier. */
export function useChangeTier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, tier }: { personId: string; tier: TrainerTier }) =>
      apiRequest(`/network/trainers/${personId}`, { method: 'PATCH', body: { tier } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkKeys.all }),
  });
}

/** Takes a trainer off the register. */
export function useRemoveTrainer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => apiRequest(`/network/trainers/${personId}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkKeys.all }),
  });
}

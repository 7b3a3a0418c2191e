import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { sessionQueryKey } from '../../../lib/session';
import { learnKeys } from './keys';
import type { LearningProfile, ProfileInput } from './types';

export function saveProfile(input: ProfileInput): Promise<LearningProfile> {
  return apiRequest<LearningProfile>('/learning/profile', { method: 'PUT', body: input });
}

export function useSaveProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveProfile,
    onSuccess: (profile) => {
      queryClient.setQueryData(learnKeys.profile, profile);
      // A new target group picks another track; the commune is stored on the person too.
      void queryClient.invalidateQueries({ queryKey: learnKeys.today });
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}

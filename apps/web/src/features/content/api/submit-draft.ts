import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { contentKeys } from './keys';

export function submitDraft(id: string): Promise<void> {
  return apiRequest<void>(`/authoring/modules/${encodeURIComponent(id)}/submit`, { method: 'POST' });
}

export function useSubmitDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => submitDraft(id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: contentKeys.module(id) });
      void queryClient.invalidateQueries({ queryKey: contentKeys.modules, exact: true });
    },
  });
}

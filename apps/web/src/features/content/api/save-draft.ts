import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { contentKeys } from './keys';

/** 204 on success; 400 CONTENT_INVALID with details [{ path: 'line:12', message }] otherwise. */
export function saveDraft(id: string, source: string): Promise<void> {
  return apiRequest<void>(`/authoring/modules/${encodeURIComponent(id)}/draft`, {
    method: 'PUT',
    body: { source },
  });
}

export function useSaveDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (source: string) => saveDraft(id, source),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: contentKeys.module(id) });
      void queryClient.invalidateQueries({ queryKey: contentKeys.modules, exact: true });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { contentKeys } from './keys';
import type { ReviewInput } from './types';

/** `published` is the new version on approval, null when the draft was sent back. */
export function reviewDraft(id: string, input: ReviewInput): Promise<{ published: number | null }> {
  return apiRequest<{ published: number | null }>(`/authoring/modules/${encodeURIComponent(id)}/review`, {
    method: 'POST',
    body: input,
  });
}

export function useReviewDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReviewInput) => reviewDraft(id, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: contentKeys.module(id) });
      void queryClient.invalidateQueries({ queryKey: contentKeys.modules, exact: true });
    },
  });
}

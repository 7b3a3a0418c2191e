import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { mentoringKeys } from './keys';
import type { Level } from './types';

/** Accepts a mentor's invitation (a retry changes nothing). */
export function useAcceptInvite(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest<{ mentor: { name: string }; level: Level; since: string; created: boolean }>(
        `/mentoring/invites/${encodeURIComponent(code)}/accept`,
        { method: 'POST' },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mentoringKeys.all }),
  });
}

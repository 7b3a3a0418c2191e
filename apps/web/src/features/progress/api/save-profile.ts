import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { engagementKeys } from '../../../lib/my-engagement';

export interface BoardProfileInput {
  /** Null: shown by the short form of my full name. */
  displayName?: string | null;
  public?: boolean;
}

/** How I appear on public boards; every board and the league table follow. */
export function useSaveBoardProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BoardProfileInput) =>
      apiRequest<{ displayName: string | null; public: boolean }>('/engagement/profile', {
        method: 'PATCH',
        body: input,
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: engagementKeys.all }),
  });
}

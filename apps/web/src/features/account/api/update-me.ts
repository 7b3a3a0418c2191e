import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { sessionQueryKey } from '../../../lib/session';
import type { Gender } from '../../../lib/types';
import { type Me, meQueryOptions } from './get-me';

export interface UpdateMeInput {
  fullName?: string;
  phone?: string | null;
  email?: string | null;
  birthYear?: number | null;
  gender?: Gender | null;
}

export function updateMe(input: UpdateMeInput): Promise<Me> {
  return apiRequest<Me>('/me', { method: 'PATCH', body: input });
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (me) => {
      queryClient.setQueryData(meQueryOptions.queryKey, me);
      // The header greets the user by name and the session holds their phone/email.
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}

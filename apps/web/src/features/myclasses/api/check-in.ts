import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { myClassKeys } from './keys';
import type { CheckinResult } from './types';

/** Marks me present at the session of a scanned check-in QR (again: changes nothing). */
export function useCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) =>
      apiRequest<CheckinResult>('/classes/checkin', { method: 'POST', body: { token } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myClassKeys.all }),
  });
}

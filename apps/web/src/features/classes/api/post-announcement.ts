import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { classKeys } from './keys';

/** Posts an announcement to the class; its active members get a notification. */
export function usePostAnnouncement(classId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      apiRequest<{ id: string }>(`/classes/${classId}/announcements`, { method: 'POST', body: { body } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: classKeys.dashboard(classId) }),
  });
}

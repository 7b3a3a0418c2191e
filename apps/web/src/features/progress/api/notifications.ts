import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { engagementKeys } from '../../../lib/my-engagement';
import type { LearnerNotification } from './types';

/** My notifications, newest first (the server keeps the last 30). */
export const notificationsQueryOptions = queryOptions({
  queryKey: engagementKeys.notifications,
  queryFn: ({ signal }) =>
    apiRequest<{ items: LearnerNotification[] }>('/engagement/notifications', { signal }),
  staleTime: 60_000,
});

/** Marks every notification read; the list shows it at once, the server confirms. */
export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest<{ ok: true }>('/engagement/notifications/read', { method: 'POST', body: {} }),
    onMutate: () => {
      queryClient.setQueryData(notificationsQueryOptions.queryKey, (data) =>
        data ? { items: data.items.map((n) => ({ ...n, read: true })) } : data,
      );
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: engagementKeys.notifications });
      void queryClient.invalidateQueries({ queryKey: engagementKeys.me });
    },
  });
}

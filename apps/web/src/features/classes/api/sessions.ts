import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { classKeys } from './keys';
import type { NewSession, Session } from './types';

/** The sessions of a class, with their check-in address (trainer and officers only). */
export const sessionsQueryOptions = (classId: string) =>
  queryOptions({
    queryKey: classKeys.sessions(classId),
    queryFn: ({ signal }) => apiRequest<{ items: Session[] }>(`/classes/${classId}/sessions`, { signal }),
  });

export const sessionQrUrl = (classId: string, sessionId: string) =>
  `/api/classes/${classId}/sessions/${sessionId}/qr.svg`;

export function useAddSession(classId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewSession) =>
      apiRequest<Session>(`/classes/${classId}/sessions`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: classKeys.one(classId) }),
  });
}

export function useDeleteSession(classId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) =>
      apiRequest<void>(`/classes/${classId}/sessions/${sessionId}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: classKeys.one(classId) }),
  });
}

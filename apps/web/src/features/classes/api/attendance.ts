import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { classKeys } from './keys';
import type { AttendanceRow } from './types';

type Sheet = { items: AttendanceRow[] };

/** The attendance sheet of a session: every active member, present or not, and how. */
export const attendanceQueryOptions = (classId: string, sessionId: string) =>
  queryOptions({
    queryKey: classKeys.attendance(classId, sessionId),
    queryFn: ({ signal }) =>
      apiRequest<Sheet>(`/classes/${classId}/sessions/${sessionId}/attendance`, { signal }),
    // Learners scan the QR while the sheet is on screen.
    refetchInterval: 15_000,
  });

/**
 * The trainer ticks (or unticks) one person on the sheet. The tick shows at once (the sheet in
 * the cache is updated before the reply) and is put back if the server refuses it.
 */
export function useMarkAttendance(classId: string, sessionId: string) {
  const queryClient = useQueryClient();
  const key = classKeys.attendance(classId, sessionId);
  return useMutation({
    mutationFn: (body: { personId: string; present: boolean }) =>
      apiRequest<{ present: boolean }>(`/classes/${classId}/sessions/${sessionId}/attendance`, {
        method: 'PUT',
        body,
      }),
    onMutate: async (body) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<Sheet>(key);
      queryClient.setQueryData<Sheet>(key, (sheet) =>
        sheet
          ? {
              items: sheet.items.map((r) =>
                r.personId === body.personId
                  ? { ...r, present: body.present, method: body.present ? (r.method ?? 'trainer') : null }
                  : r,
              ),
            }
          : sheet,
      );
      return { before };
    },
    onError: (_error, _body, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: classKeys.one(classId) }),
  });
}

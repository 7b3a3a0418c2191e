import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { monitoringKeys } from './keys';
import type { ReportSummary } from './types';

/** Submits a report to the level above; after this it can no longer be regenerated. */
export function useSubmitReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reportId: string) =>
      apiRequest<ReportSummary>(`/monitoring/reports/${encodeURIComponent(reportId)}/submit`, {
        method: 'POST',
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: monitoringKeys.reports }),
  });
}

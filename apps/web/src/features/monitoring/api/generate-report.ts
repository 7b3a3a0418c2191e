import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { monitoringKeys } from './keys';
import type { ReportSummary } from './types';

export interface GenerateReportInput {
  campaignId: string;
  period: string;
  unitId?: number;
}

/** Generates (or regenerates, until submitted) a unit's report for a period. */
export function useGenerateReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ campaignId, ...body }: GenerateReportInput) =>
      apiRequest<ReportSummary>(`/monitoring/campaigns/${encodeURIComponent(campaignId)}/reports`, {
        method: 'POST',
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: monitoringKeys.reports }),
  });
}

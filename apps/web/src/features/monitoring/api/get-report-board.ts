import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { monitoringKeys } from './keys';
import type { ReportBoard } from './types';

/** The reports of a period: my unit's and those of the units below it (due, submitted, late). */
export const reportBoardQueryOptions = (campaignId: string, period: string, unitId: number | undefined) =>
  queryOptions({
    queryKey: monitoringKeys.reportBoard(campaignId, period, unitId),
    queryFn: ({ signal }) =>
      apiRequest<ReportBoard>(`/monitoring/campaigns/${encodeURIComponent(campaignId)}/reports`, {
        query: { period, unitId },
        signal,
      }),
  });

// URL state of the reports page: campaign, period key ("2026-Q4") and the unit looked at.
import { pickPositiveInt, pickString } from '../../../lib/search-params';

export interface ReportsSearch {
  campaign?: string;
  /** "2026-M11", "2026-Q4", "2026-H2" or "2026-Y"; absent = the current quarter. */
  period?: string;
  unitId?: number;
}

export const PERIOD_KEY = /^\d{4}-(M(1[0-2]|[1-9])|Q[1-4]|H[12]|Y)$/;

export function validateReportsSearch(raw: Record<string, unknown>): ReportsSearch {
  const period = pickString(raw.period);
  return {
    campaign: pickString(raw.campaign),
    period: period && PERIOD_KEY.test(period) ? period : undefined,
    unitId: pickPositiveInt(raw.unitId),
  };
}

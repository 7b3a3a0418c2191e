// URL state of the dashboard: which campaign, which place (unit or organisation), which target and
// breakdown, as of which day. Every drill-down is a link that can be shared or gone back from.
import { pickEnum, pickPositiveInt, pickString } from '../../../lib/search-params';

export const BREAKDOWNS = ['unit', 'group', 'organisation'] as const;

export interface MonitoringSearch {
  campaign?: string;
  unitId?: number;
  organisationId?: string;
  target?: string;
  by?: (typeof BREAKDOWNS)[number];
  /** 'YYYY-MM-DD'; absent = today. */
  asOf?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export const pickUuid = (value: unknown) => {
  const text = pickString(value);
  return text && UUID.test(text) ? text : undefined;
};

export const pickIsoDay = (value: unknown) => {
  const text = pickString(value);
  return text && ISO_DAY.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) ? text : undefined;
};

export function validateMonitoringSearch(raw: Record<string, unknown>): MonitoringSearch {
  const organisationId = pickUuid(raw.organisationId);
  return {
    campaign: pickString(raw.campaign),
    // One place at a time: an organisation wins over a unit.
    unitId: organisationId ? undefined : pickPositiveInt(raw.unitId),
    organisationId,
    target: pickString(raw.target),
    by: pickEnum(raw.by, BREAKDOWNS),
    asOf: pickIsoDay(raw.asOf),
  };
}

// URL state of "Thi đua – khen thưởng": the tab, the challenge whose results are open, the place
// (unit or organisation) of the board and the honour roll, the board's period and the roll's month.
import { pickEnum, pickPositiveInt, pickString } from '../../../lib/search-params';

export const TABS = ['challenges', 'board', 'honour'] as const;
export type EngagementTab = (typeof TABS)[number];
export const PERIODS = ['week', 'month', 'all'] as const;
export const STATUSES = ['all', 'active', 'upcoming', 'ended'] as const;

export interface EngagementSearch {
  tab?: EngagementTab;
  /** A challenge's id: its results are open. */
  challenge?: string;
  status?: (typeof STATUSES)[number];
  unitId?: number;
  organisationId?: string;
  period?: (typeof PERIODS)[number];
  /** 'YYYY-MM'; absent = the last complete month. */
  month?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const pickUuid = (value: unknown) => {
  const text = pickString(value);
  return text && UUID.test(text) ? text : undefined;
};

export function validateEngagementSearch(raw: Record<string, unknown>): EngagementSearch {
  const organisationId = pickUuid(raw.organisationId);
  const month = pickString(raw.month);
  return {
    tab: pickEnum(raw.tab, TABS),
    challenge: pickUuid(raw.challenge),
    status: pickEnum(raw.status, STATUSES),
    // One place at a time: an organisation wins over a unit.
    unitId: organisationId ? undefined : pickPositiveInt(raw.unitId),
    organisationId,
    period: pickEnum(raw.period, PERIODS),
    month: month && MONTH.test(month) ? month : undefined,
  };
}

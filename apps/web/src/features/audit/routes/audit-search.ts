import { pickPage, pickString } from '../../../lib/search-params';
import type { AuditFilters } from '../api/types';

export interface AuditSearch extends AuditFilters {
  page?: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const pickMatching = (value: unknown, pattern: RegExp) => {
  const text = pickString(value);
  return text && pattern.test(text) ? text : undefined;
};

export function validateAuditSearch(raw: Record<string, unknown>): AuditSearch {
  return {
    q: pickString(raw.q),
    action: pickString(raw.action),
    actorAccountId: pickMatching(raw.actorAccountId, UUID),
    targetType: pickString(raw.targetType),
    targetId: pickString(raw.targetId),
    from: pickMatching(raw.from, DAY),
    to: pickMatching(raw.to, DAY),
    page: pickPage(raw.page),
  };
}

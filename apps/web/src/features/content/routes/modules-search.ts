import { pickEnum, pickString } from '../../../lib/search-params';
import { DRAFT_STATUSES, type DraftStatus } from '../api/types';

export interface ContentModulesSearch {
  q?: string;
  status?: DraftStatus;
}

export function validateContentModulesSearch(raw: Record<string, unknown>): ContentModulesSearch {
  return { q: pickString(raw.q), status: pickEnum(raw.status, DRAFT_STATUSES) };
}

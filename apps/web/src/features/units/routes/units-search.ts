import { pickPage, pickString } from '../../../lib/search-params';

export interface UnitsSearch {
  q?: string;
  page?: number;
}

export function validateUnitsSearch(raw: Record<string, unknown>): UnitsSearch {
  return { q: pickString(raw.q), page: pickPage(raw.page) };
}

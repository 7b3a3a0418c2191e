import { pickString } from '../../../lib/search-params';

export interface LoginSearch {
  redirect?: string;
}

export function validateLoginSearch(raw: Record<string, unknown>): LoginSearch {
  return { redirect: pickString(raw.redirect) };
}

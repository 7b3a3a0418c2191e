import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { Gender } from '../../../lib/types';

/** The fields of Person the profile page shows; the server sends the full Person. */
export interface Me {
  id: string;
  fullName: string;
  birthYear: number | null;
  gender: Gender | null;
  phone: string | null;
  email: string | null;
  unitId: number | null;
  unitName: string | null;
  organisationName: string | null;
}

export function getMe(signal?: AbortSignal): Promise<Me> {
  return apiRequest<Me>('/me', { signal });
}

export const meQueryOptions = queryOptions({
  queryKey: ['me'],
  queryFn: ({ signal }) => getMe(signal),
});

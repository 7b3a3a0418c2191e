import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { NoticePurpose, PrivacyNotice } from './types';

/** The current privacy notice (public): its version and the purposes asked for. */
export function getPrivacyNotice(signal?: AbortSignal): Promise<PrivacyNotice> {
  return apiRequest<PrivacyNotice>('/privacy/notice', { signal, skipAuthRedirect: true });
}

export const privacyNoticeQueryOptions = queryOptions({
  queryKey: ['privacy', 'notice'],
  queryFn: ({ signal }) => getPrivacyNotice(signal),
  staleTime: 60 * 60_000,
});

/** The purposes ticked when the form opens: the required ones are for the person to tick. */
export function requiredPurposes(purposes: NoticePurpose[]): string[] {
  return purposes.filter((p) => p.required).map((p) => p.code);
}

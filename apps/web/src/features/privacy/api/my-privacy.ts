import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { ConsentInput, ErasureRequest, MyPrivacy, NoticePurpose } from './types';

// The signed-in person's own consents and erasure request (GET/PUT /api/me/privacy…).

export const myPrivacyQueryKey = ['privacy', 'me'] as const;

export function getMyPrivacy(signal?: AbortSignal): Promise<MyPrivacy> {
  return apiRequest<MyPrivacy>('/me/privacy', { signal });
}

export const myPrivacyQueryOptions = queryOptions({
  queryKey: myPrivacyQueryKey,
  queryFn: ({ signal }) => getMyPrivacy(signal),
});

/** Purposes currently granted under the current notice version (not withdrawn). */
export function grantedPurposes(privacy: MyPrivacy): string[] {
  return privacy.consents
    .filter((c) => c.version === privacy.noticeVersion && c.withdrawnAt === null)
    .map((c) => c.purpose);
}

/** True when the person has not yet agreed to every required purpose of the current notice. */
export function needsConsent(privacy: MyPrivacy, purposes: NoticePurpose[]): boolean {
  const granted = new Set(grantedPurposes(privacy));
  return purposes.some((p) => p.required && !granted.has(p.code));
}

export function useUpdateConsents() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConsentInput) =>
      apiRequest<MyPrivacy>('/me/privacy/consents', { method: 'PUT', body: input }),
    onSuccess: (privacy) => queryClient.setQueryData(myPrivacyQueryKey, privacy),
  });
}

export function useRequestErasure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      apiRequest<ErasureRequest>('/me/erasure-request', {
        method: 'POST',
        body: reason ? { reason } : {},
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: myPrivacyQueryKey }),
  });
}

export function useCancelErasure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('/me/erasure-request', { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: myPrivacyQueryKey }),
  });
}

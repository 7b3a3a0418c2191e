import { queryOptions, useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export interface PublicCertificate {
  id: string;
  serial: string;
  title: string;
  titleEn: string | null;
  kind: string;
  recipientName: string;
  issuerName: string;
  issuedAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  revocationReason: string | null;
  criteria: string;
}

export type VerifyStatus = 'valid' | 'revoked' | 'expired';

export const verifyByIdQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['verify', id],
    queryFn: ({ signal }) =>
      apiRequest<{ status: VerifyStatus; certificate: PublicCertificate }>(`/verify/${id}`, {
        signal,
        skipAuthRedirect: true,
      }),
    retry: false,
  });

export interface VerifyResult {
  valid: boolean;
  status: VerifyStatus | 'invalid';
  problem: null | 'SIGNATURE_INVALID' | 'UNKNOWN_KEY' | 'MALFORMED' | 'NOT_ISSUED_HERE';
  certificate: PublicCertificate | null;
  checks: { signature: boolean; issuer: boolean; notRevoked: boolean; notExpired: boolean };
}

export const useVerifyCredential = () =>
  useMutation({
    mutationFn: (credential: string) =>
      apiRequest<VerifyResult>('/verify', { method: 'POST', body: { credential }, skipAuthRedirect: true }),
  });

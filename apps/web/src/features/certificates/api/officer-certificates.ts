import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, buildQuery } from '../../../lib/api-client';
import type { Paged } from '../../../lib/types';
import type { CertificateFilters, CertificateTemplate, OfficerCertificate } from './types';

export const certificateTemplatesQueryOptions = queryOptions({
  queryKey: ['certificates', 'templates'],
  queryFn: ({ signal }) =>
    apiRequest<{ items: CertificateTemplate[] }>('/certificates/templates', { signal }),
  staleTime: 5 * 60_000,
});

export const certificatesQueryOptions = (params: CertificateFilters & { page: number; pageSize: number }) =>
  queryOptions({
    queryKey: ['certificates', 'list', params],
    queryFn: ({ signal }) =>
      apiRequest<Paged<OfficerCertificate>>('/certificates', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });

/** The CSV export of the same list (a plain download link). */
export const certificatesExportHref = (filters: CertificateFilters) =>
  `/api/certificates/export.csv${buildQuery({ ...filters })}`;

function useCertificateMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['certificates'] }),
  });
}

export const useRevokeCertificate = () =>
  useCertificateMutation((input: { id: string; reason: string }) =>
    apiRequest<OfficerCertificate>(`/certificates/${input.id}/revoke`, {
      method: 'POST',
      body: { reason: input.reason },
    }),
  );

export const useIssueCertificate = () =>
  useCertificateMutation((input: { personId: string; templateId: string; reason: string }) =>
    apiRequest<OfficerCertificate>('/certificates', { method: 'POST', body: input }),
  );

export const useReissueCertificates = () =>
  useCertificateMutation((input: { templateId?: string }) =>
    apiRequest<{ reissued: number }>('/certificates/reissue', { method: 'POST', body: input }),
  );

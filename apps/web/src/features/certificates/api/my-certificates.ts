import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { Certificate, TemplateProgress } from './types';

export interface MyCertificates {
  items: Certificate[];
  progress: TemplateProgress[];
}

export const myCertificatesQueryOptions = queryOptions({
  queryKey: ['certificates', 'mine'],
  queryFn: ({ signal }) => apiRequest<MyCertificates>('/learning/certificates', { signal }),
});

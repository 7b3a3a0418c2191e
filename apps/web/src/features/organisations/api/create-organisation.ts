import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { Organisation, OrganisationInput } from './types';

export function createOrganisation(input: OrganisationInput): Promise<Organisation> {
  return apiRequest<Organisation>('/organisations', { method: 'POST', body: input });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganisation,
    onSuccess: (organisation) => {
      queryClient.setQueryData(['organisations', 'detail', organisation.id], organisation);
      void queryClient.invalidateQueries({ queryKey: ['organisations', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['picker', 'organisations'] });
    },
  });
}

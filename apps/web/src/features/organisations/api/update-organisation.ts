import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { organisationQueryOptions } from './get-organisation';
import type { Organisation, OrganisationInput } from './types';

export function updateOrganisation(id: string, input: Partial<OrganisationInput>): Promise<Organisation> {
  return apiRequest<Organisation>(`/organisations/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
  });
}

export function useUpdateOrganisation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<OrganisationInput>) => updateOrganisation(id, input),
    onSuccess: (organisation) => {
      queryClient.setQueryData(organisationQueryOptions(id).queryKey, organisation);
      void queryClient.invalidateQueries({ queryKey: ['organisations', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['picker', 'organisations'] });
    },
  });
}

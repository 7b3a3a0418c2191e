import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { personQueryOptions } from './get-person';
import type { Person, PersonInput } from './types';

export function updatePerson(id: string, input: Partial<PersonInput>): Promise<Person> {
  return apiRequest<Person>(`/people/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
}

export function useUpdatePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<PersonInput>) => updatePerson(id, input),
    onSuccess: (person) => {
      queryClient.setQueryData(personQueryOptions(id).queryKey, person);
      void queryClient.invalidateQueries({ queryKey: ['people', 'list'] });
    },
  });
}

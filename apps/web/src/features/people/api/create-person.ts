import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { Person, PersonInput } from './types';

export function createPerson(input: PersonInput): Promise<Person> {
  return apiRequest<Person>('/people', { method: 'POST', body: input });
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPerson,
    onSuccess: (person) => {
      queryClient.setQueryData(['people', 'detail', person.id], person);
      void queryClient.invalidateQueries({ queryKey: ['people', 'list'] });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { classKeys } from './keys';
import type { ClassView, NewClass } from './types';

export type ClassPatch = Partial<NewClass> & { status?: ClassView['status'] };

/** Changes a class (e.g. closes it as finished); every view of it reloads. */
export function useUpdateClass(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ClassPatch) => apiRequest<ClassView>(`/classes/${id}`, { method: 'PATCH', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: classKeys.all }),
  });
}

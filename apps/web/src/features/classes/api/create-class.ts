import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { classKeys } from './keys';
import type { ClassView, NewClass } from './types';

/** "Mở lớp mới": opens a class (with its first sessions); the list shows it at once. */
export function useCreateClass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewClass) => apiRequest<ClassView>('/classes', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: classKeys.all }),
  });
}

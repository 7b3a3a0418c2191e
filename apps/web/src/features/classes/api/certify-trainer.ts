import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { classKeys } from './keys';

export interface CertifiedTrainer {
  personId: string;
  tier: string;
  generation: number;
  certificateId: string | null;
}

/** "Chứng nhận giảng viên": registers a member of a ToT class as a trainer of the next generation. */
export function useCertifyTrainer(classId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) =>
      apiRequest<CertifiedTrainer>('/network/trainers/certify', {
        method: 'POST',
        body: { classId, personId },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: classKeys.dashboard(classId) }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { NetworkError } from '../../../lib/api-error';
import { learnKeys } from './keys';
import type { PracticeResult } from './types';

export interface PracticeFile {
  name: string;
  type: string;
  dataBase64: string;
}

export interface PracticeInput {
  /** One id per submission, reused when a dropped connection is retried. */
  id: string;
  moduleId: string;
  blockId: string;
  text: string | null;
  file: PracticeFile | null;
}

export function submitPractice(input: PracticeInput): Promise<PracticeResult> {
  return apiRequest<PracticeResult>('/learning/practice', { method: 'POST', body: input });
}

export function useSubmitPractice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitPractice,
    retry: (failureCount, error) => error instanceof NetworkError && failureCount < 2,
    retryDelay: (attempt) => 1000 * 2 ** attempt,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: learnKeys.today });
    },
  });
}

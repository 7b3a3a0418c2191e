import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import type { ImportJob, ImportKind } from './types';

/** The server's limit on one file. */
export const MAX_UPLOAD_BYTES = 30 * 1024 * 1024;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The type the server expects, from the file's extension (browsers disagree on .csv). */
export function uploadType(fileName: string): string {
  if (/\.xlsx$/i.test(fileName)) return XLSX;
  if (/\.csv$/i.test(fileName)) return 'text/csv';
  return 'application/octet-stream';
}

/** Sends the file as the raw request body (with the session's CSRF token); answers with the queued job. */
export function uploadImport(input: { kind: ImportKind; file: File }): Promise<ImportJob> {
  return apiRequest<ImportJob>('/imports', {
    method: 'POST',
    query: { kind: input.kind, fileName: input.file.name },
    file: { data: input.file, type: uploadType(input.file.name) },
  });
}

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadImport,
    onSuccess: (job) => {
      queryClient.setQueryData(['imports', 'detail', job.id], job);
      void queryClient.invalidateQueries({ queryKey: ['imports', 'list'] });
    },
  });
}

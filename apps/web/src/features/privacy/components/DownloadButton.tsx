import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { useToast } from '../../../components/ui/Toast';
import { downloadExport, exportFileName } from '../api/download';

/** Saves a personal-data export (JSON) from the given API path. */
export function DownloadButton({
  path,
  label,
  doneMessage,
}: {
  path: string;
  label: string;
  doneMessage: string;
}) {
  const { t, i18n } = useTranslation('privacy');
  const toast = useToast();
  const download = useMutation({
    mutationFn: () => downloadExport(path, exportFileName(), i18n.language),
    onSuccess: () => toast.showSuccess(doneMessage),
  });
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => download.mutate()}
        disabled={download.isPending}
      >
        {download.isPending ? t('myData.downloading') : label}
      </button>
      <ErrorAlert error={download.error} />
    </>
  );
}

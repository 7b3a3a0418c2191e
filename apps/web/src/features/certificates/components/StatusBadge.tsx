import { useTranslation } from 'react-i18next';
import type { CertificateStatus } from '../api/types';

export function StatusBadge({ status }: { status: CertificateStatus }) {
  const { t } = useTranslation('certificates');
  return <span className={`badge cert-status cert-status--${status}`}>{t(`status.${status}`)}</span>;
}

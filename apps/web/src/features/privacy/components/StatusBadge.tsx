import { useTranslation } from 'react-i18next';
import type { ErasureStatus } from '../api/types';

export function StatusBadge({ status }: { status: ErasureStatus }) {
  const { t } = useTranslation('privacy');
  return <span className={`status-badge status-badge--${status}`}>{t(`status.${status}`)}</span>;
}

import { useTranslation } from 'react-i18next';
import type { ReportState } from '../api/types';

/** Đã gửi, Gửi muộn, Quá hạn, Chưa gửi, Bản nháp: always in words, the colour only echoes them. */
export function ReportStateBadge({ state }: { state: ReportState }) {
  const { t } = useTranslation('monitoring');
  return <span className={`badge report-state report-state--${state}`}>{t(`reports.state.${state}`)}</span>;
}

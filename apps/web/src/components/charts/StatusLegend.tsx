// The status words with their colour (and pattern) swatch: the legend under a chart, and the
// status cell of a chart's table.
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS, statusLabel, TARGET_STATUSES, type TargetStatus } from './status';

export function StatusText({ status }: { status: TargetStatus }) {
  const { t } = useTranslation('charts');
  return (
    <span className="chart-status">
      <span
        className={`chart-swatch chart-swatch--${status}`}
        style={{ backgroundColor: STATUS_COLORS[status] }}
        aria-hidden="true"
      />
      {statusLabel(t, status)}
    </span>
  );
}

export function StatusLegend({ statuses = TARGET_STATUSES }: { statuses?: readonly TargetStatus[] }) {
  const { t } = useTranslation('charts');
  return (
    <ul className="chart-legend" aria-label={t('legend')}>
      {statuses.map((s) => (
        <li key={s}>
          <StatusText status={s} />
        </li>
      ))}
    </ul>
  );
}

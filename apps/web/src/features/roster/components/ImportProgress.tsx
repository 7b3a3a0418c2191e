import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import type { ImportSummary } from '../api/types';

/** The job's progress: a bar screen readers announce with its numbers, and the same in text. */
export function ImportProgress({ job }: { job: ImportSummary }) {
  const { t } = useTranslation('roster');
  const done = job.status === 'completed';
  const share = done ? 1 : job.total > 0 ? job.processed / job.total : 0;
  const percent = Math.round(Math.max(0, Math.min(1, share)) * 100);
  const text = t('job.progressText', {
    processed: formatNumber(job.processed),
    total: formatNumber(job.total),
  });
  return (
    <div className="import-progress">
      <div
        className={`import-progress__bar import-progress__bar--${job.status}`}
        role="progressbar"
        aria-label={t('job.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}% · ${text}`}
      >
        <div className="import-progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="import-progress__text">
        <span aria-live="polite">{t(`job.status.${job.status}`)}</span>{' '}
        <span>{job.total > 0 ? text : null}</span>
      </p>
    </div>
  );
}

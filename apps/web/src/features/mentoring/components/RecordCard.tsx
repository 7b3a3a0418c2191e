import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import type { MentorRecord } from '../api/types';

/** My record as a mentor: mentees who reached my level against the target of five. */
export function RecordCard({ record }: { record: MentorRecord }) {
  const { t } = useTranslation('mentoring');
  const shown = Math.min(record.passed, record.target);
  const amount = t('record.amount', {
    passed: formatNumber(record.passed),
    target: formatNumber(record.target),
  });
  return (
    <section className="learn-card" aria-labelledby="mentoring-record-title">
      <h2 id="mentoring-record-title" className="learn-section-title">
        {t('record.title')}
      </h2>
      <div className="mentoring-record">
        <progress max={record.target} value={shown} aria-label={t('record.title')} aria-valuetext={amount} />
        <span className="mentoring-record__amount">{amount}</span>
      </div>
      <p className={record.met ? 'mentoring-met' : 'mentoring-note'}>
        {record.met ? (
          <>
            <span aria-hidden="true">✓ </span>
            {t('record.met')}
          </>
        ) : (
          t('record.toGo', { count: record.target - record.passed })
        )}
      </p>
      <dl className="mentoring-stats">
        <div>
          <dt>{t('record.helped')}</dt>
          <dd>{formatNumber(record.helped)}</dd>
        </div>
        <div>
          <dt>{t('record.active')}</dt>
          <dd>{formatNumber(record.active)}</dd>
        </div>
        <div>
          <dt>{t('record.passed')}</dt>
          <dd>{formatNumber(record.passed)}</dd>
        </div>
      </dl>
    </section>
  );
}

// My unit's report for the period: where it stands, generating (again, until submitted),
// downloading it as Excel or PDF, and submitting it to the level above after a confirmation.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { formatDate } from '../../../lib/format';
import { useGenerateReport } from '../api/generate-report';
import { reportFileHref } from '../api/report-file';
import { useSubmitReport } from '../api/submit-report';
import type { ReportBoardEntry } from '../api/types';
import { ReportStateBadge } from './ReportStateBadge';

interface Props {
  campaignId: string;
  period: string;
  periodName: string;
  /** The unit asked for in the URL (undefined: my widest unit). */
  unitId: number | undefined;
  entry: ReportBoardEntry;
  canSubmit: boolean;
}

export function OwnReportCard({ campaignId, period, periodName, unitId, entry, canSubmit }: Props) {
  const { t } = useTranslation('monitoring');
  const generate = useGenerateReport();
  const submit = useSubmitReport();
  const [confirming, setConfirming] = useState(false);
  const focusOnMount = useCallback((el: HTMLButtonElement | null) => el?.focus(), []);
  const [done, setDone] = useState<string | null>(null);
  const report = entry.report;
  const submitted = Boolean(report?.submittedAt);
  const busy = generate.isPending || submit.isPending;

  return (
    <section className="card report-card" aria-labelledby="own-report-title">
      <h2 className="section-title" id="own-report-title">
        {t('reports.own.title', { unit: entry.unitName })}
      </h2>
      <dl className="facts report-card__facts">
        <div>
          <dt>{t('reports.own.state')}</dt>
          <dd>
            <ReportStateBadge state={entry.state} />
          </dd>
        </div>
        {report ? (
          <div>
            <dt>{t('reports.own.generatedAt')}</dt>
            <dd>
              {formatDate(report.generatedAt)}
              {report.automatic ? <span className="table__sub">{t('reports.own.automatic')}</span> : null}
            </dd>
          </div>
        ) : null}
        {report?.submittedAt ? (
          <div>
            <dt>{t('reports.own.submittedAt')}</dt>
            <dd>{formatDate(report.submittedAt)}</dd>
          </div>
        ) : null}
      </dl>
      {!report ? <p className="muted">{t('reports.own.none')}</p> : null}
      {submitted ? <p className="muted">{t('reports.own.lockedNote')}</p> : null}
      <div className="form-actions report-card__actions">
        {!submitted ? (
          <button
            type="button"
            className={`button ${report ? 'button--secondary' : 'button--primary'}`}
            disabled={busy}
            onClick={() => {
              setDone(null);
              setConfirming(false);
              generate.mutate(
                { campaignId, period, unitId },
                { onSuccess: () => setDone(t('reports.own.generated', { period: periodName })) },
              );
            }}
          >
            {generate.isPending
              ? t('reports.own.generating')
              : t(report ? 'reports.own.regenerate' : 'reports.own.generate')}
          </button>
        ) : null}
        {report ? (
          <>
            <a className="button button--secondary" href={reportFileHref(report.id, 'xlsx')} download>
              {t('reports.own.xlsx')}
            </a>
            <a className="button button--secondary" href={reportFileHref(report.id, 'pdf')} download>
              {t('reports.own.pdf')}
            </a>
          </>
        ) : null}
        {report && !submitted && canSubmit && !confirming ? (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => {
              setDone(null);
              setConfirming(true);
            }}
          >
            {t('reports.own.submit')}
          </button>
        ) : null}
      </div>
      {report && confirming ? (
        <div className="report-card__confirm">
          <p id="submit-confirm-text">
            {t('reports.own.confirm', { period: periodName, unit: entry.unitName })}
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              // The question is read out with the button, which takes focus when it appears.
              aria-describedby="submit-confirm-text"
              ref={focusOnMount}
              disabled={submit.isPending}
              onClick={() =>
                submit.mutate(report.id, {
                  onSuccess: () => {
                    setConfirming(false);
                    setDone(t('reports.own.submitted', { period: periodName }));
                  },
                })
              }
            >
              {submit.isPending ? t('reports.own.submitting') : t('reports.own.confirmYes')}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setConfirming(false)}>
              {t('common:actions.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <ErrorAlert error={generate.error ?? submit.error} />
      {done ? <Alert tone="success">{done}</Alert> : null}
    </section>
  );
}

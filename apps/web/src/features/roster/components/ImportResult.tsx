import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { formatNumber } from '../../../lib/format';
import { errorReportHref } from '../api/download-error-report';
import { useImport } from '../api/get-import';
import { isFinished } from '../api/types';
import { ErrorTable } from './ErrorTable';
import { ImportProgress } from './ImportProgress';

/** One import, followed live: progress while it runs, then the counts, the problems and the report. */
export function ImportResult({ id }: { id: string }) {
  const { t } = useTranslation('roster');
  const queryClient = useQueryClient();
  const job = useImport(id);
  const finished = job.data ? isFinished(job.data) : false;
  const wasRunning = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = Boolean(job.data);

  // A job just started or opened: keyboard and screen-reader users continue from its result.
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  useEffect(() => {
    if (!finished) {
      wasRunning.current = true;
      return;
    }
    if (!wasRunning.current) return;
    // What the import wrote shows up in the other lists at once.
    for (const key of ['imports', 'people', 'organisations'])
      void queryClient.invalidateQueries({ queryKey: [key] });
  }, [finished, queryClient]);

  if (job.isPending) return <Loading />;
  if (!job.data) return <ErrorAlert error={job.error} />;
  const j = job.data;
  return (
    <section className="card import-result" aria-labelledby="import-result-title">
      <h2 id="import-result-title" className="section-title" ref={heading} tabIndex={-1}>
        {t('job.title', { file: j.fileName })}
      </h2>
      <ImportProgress job={j} />
      {j.status === 'failed' && j.message ? <Alert tone="error">{j.message}</Alert> : null}
      {j.status === 'completed' && j.message ? <Alert tone="info">{j.message}</Alert> : null}
      {finished && j.status === 'completed' ? (
        <dl className="import-counts">
          {(['created', 'updated', 'unchanged', 'failed'] as const).map((k) => (
            <div key={k} className={`import-counts__item import-counts__item--${k}`}>
              <dt>{t(`job.${k}`)}</dt>
              <dd>{formatNumber(j[k])}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {j.errorCount > 0 ? (
        <>
          <h3 className="import-result__subtitle">{t('job.errorsTitle')}</h3>
          <p className="muted">{t('job.fixAndRetry')}</p>
          <div className="import-result__actions">
            <a
              className="button button--small button--secondary"
              href={errorReportHref(j.id, 'csv')}
              download
            >
              {t('job.reportCsv')}
            </a>
            <a
              className="button button--small button--secondary"
              href={errorReportHref(j.id, 'xlsx')}
              download
            >
              {t('job.reportXlsx')}
            </a>
          </div>
          <ErrorTable errors={j.errors} total={j.errorCount} />
        </>
      ) : finished && j.status === 'completed' ? (
        <p>{t('job.noErrors')}</p>
      ) : null}
    </section>
  );
}

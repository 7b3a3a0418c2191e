// The reports of the units below mine for the period: state in words, submission date, the file
// when there is one; a count of who has sent and who is late; the table as CSV made in the browser.
import { useTranslation } from 'react-i18next';
import { downloadCsv, toCsv } from '../../../lib/csv';
import { formatDate, formatNumber } from '../../../lib/format';
import { reportFileHref } from '../api/report-file';
import type { ReportBoardEntry } from '../api/types';
import { ReportStateBadge } from './ReportStateBadge';

export function ChildReportsTable({
  entries,
  periodName,
}: {
  entries: ReportBoardEntry[];
  periodName: string;
}) {
  const { t } = useTranslation('monitoring');
  const submitted = entries.filter((e) => e.state === 'submitted' || e.state === 'submitted_late').length;
  const late = entries.filter((e) => e.state === 'late').length;
  const columns = {
    unit: t('reports.children.unit'),
    state: t('reports.children.state'),
    submittedAt: t('reports.children.submittedAt'),
    file: t('reports.children.file'),
  };
  const exportCsv = () =>
    downloadCsv(
      `${t('reports.children.fileName')}-${periodName}`,
      toCsv(
        [columns.unit, columns.state, columns.submittedAt],
        entries.map((e) => [e.unitName, t(`reports.state.${e.state}`), formatDate(e.report?.submittedAt)]),
      ),
    );

  return (
    <section className="monitoring-section" aria-labelledby="child-reports-title">
      <h2 className="section-title" id="child-reports-title">
        {t('reports.children.title')}
      </h2>
      <p className="list-total">
        {t('reports.children.summary', {
          submitted: formatNumber(submitted),
          total: formatNumber(entries.length),
          late: formatNumber(late),
        })}
      </p>
      <button
        type="button"
        className="button button--secondary button--small export-button"
        onClick={exportCsv}
      >
        {t('reports.children.csv')}
      </button>
      <div className="table-wrap">
        <table className="table table--cards">
          <caption className="visually-hidden">{t('reports.children.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{columns.unit}</th>
              <th scope="col">{columns.state}</th>
              <th scope="col">{columns.submittedAt}</th>
              <th scope="col">{columns.file}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.unitId}>
                <td className="table__primary" data-label={columns.unit}>
                  {e.unitName}
                </td>
                <td data-label={columns.state}>
                  <ReportStateBadge state={e.state} />
                </td>
                <td data-label={columns.submittedAt}>{formatDate(e.report?.submittedAt)}</td>
                <td data-label={columns.file}>
                  {e.report ? (
                    <span className="report-files">
                      <a href={reportFileHref(e.report.id, 'xlsx')} download>
                        Excel<span className="visually-hidden"> – {e.unitName}</span>
                      </a>
                      <a href={reportFileHref(e.report.id, 'pdf')} download>
                        PDF<span className="visually-hidden"> – {e.unitName}</span>
                      </a>
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

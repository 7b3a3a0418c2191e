import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import type { RowProblem } from '../api/types';

/** The first problems of a job: the spreadsheet row, the column's header, what is wrong. */
export function ErrorTable({ errors, total }: { errors: RowProblem[]; total: number }) {
  const { t } = useTranslation('roster');
  return (
    <div className="table-wrap">
      <p className="import-errors__count">
        {errors.length < total
          ? t('job.errorsFirst', { shown: formatNumber(errors.length), value: formatNumber(total) })
          : t('job.errorsCaption', { count: total, value: formatNumber(total) })}
      </p>
      <table className="table table--cards import-errors">
        <caption className="visually-hidden">{t('job.errorsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('job.row')}
            </th>
            <th scope="col">{t('job.column')}</th>
            <th scope="col">{t('job.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e) => (
            <tr key={`${e.row}|${e.column}|${e.message}`}>
              <td className="num" data-label={t('job.row')}>
                {e.row}
              </td>
              <td data-label={t('job.column')}>{e.column}</td>
              <td data-label={t('job.problem')}>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

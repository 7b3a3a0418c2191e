import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Pagination } from '../../../components/ui/Pagination';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useImports } from '../api/list-imports';

/** My recent imports; "Xem" opens one (its progress, counts and problems) above. */
export function RecentImports({ current, onOpen }: { current?: string; onOpen: (id: string) => void }) {
  const { t } = useTranslation('roster');
  const [page, setPage] = useState(1);
  const list = useImports(page);
  return (
    <section className="card" aria-labelledby="import-recent-title">
      <h2 id="import-recent-title" className="section-title">
        {t('recent.title')}
      </h2>
      <ErrorAlert error={list.error} />
      {list.data && list.data.items.length === 0 ? <p className="empty">{t('recent.empty')}</p> : null}
      {list.data?.items.length ? (
        <div className="table-wrap">
          <table className="table table--cards">
            <thead>
              <tr>
                <th scope="col">{t('recent.file')}</th>
                <th scope="col">{t('recent.kind')}</th>
                <th scope="col">{t('recent.when')}</th>
                <th scope="col">{t('recent.status')}</th>
                <th scope="col">{t('recent.result')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('recent.view')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((j) => {
                const counts = {
                  created: formatNumber(j.created),
                  updated: formatNumber(j.updated),
                  unchanged: formatNumber(j.unchanged),
                  failed: formatNumber(j.failed),
                };
                return (
                  <tr key={j.id} aria-current={j.id === current ? 'true' : undefined}>
                    <td className="table__primary" data-label={t('recent.file')}>
                      {j.fileName}
                    </td>
                    <td data-label={t('recent.kind')}>{t(`kinds.${j.kind}`)}</td>
                    <td data-label={t('recent.when')}>{formatDateTime(j.createdAt)}</td>
                    <td data-label={t('recent.status')}>{t(`recent.statusShort.${j.status}`)}</td>
                    <td data-label={t('recent.result')}>{t('recent.resultLabel', counts)}</td>
                    <td data-label="">
                      <button
                        type="button"
                        className="button button--small button--secondary"
                        onClick={() => onOpen(j.id)}
                      >
                        {t('recent.view')}
                        <span className="visually-hidden"> {j.fileName}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.data ? (
        <Pagination
          page={list.data.page}
          pageSize={list.data.pageSize}
          total={list.data.total}
          onPageChange={setPage}
        />
      ) : null}
    </section>
  );
}

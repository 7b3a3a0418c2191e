import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import type { AuditEntry } from '../api/types';
import { useAuditLabels } from './labels';

interface Props {
  entries: AuditEntry[];
  onActor: (accountId: string) => void;
  onTarget: (targetType: string, targetId: string) => void;
}

const seconds = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', second: '2-digit' })
    .format(new Date(iso))
    .padStart(2, '0');

export function AuditTable({ entries, onActor, onTarget }: Props) {
  const { t } = useTranslation('audit');
  const labels = useAuditLabels();

  return (
    <div className="table-wrap">
      <table className="table table--cards audit-table">
        <caption className="visually-hidden">{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.at')}</th>
            <th scope="col">{t('columns.actor')}</th>
            <th scope="col">{t('columns.action')}</th>
            <th scope="col">{t('columns.target')}</th>
            <th scope="col">{t('columns.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const actor = entry.actorName ?? (entry.actorAccountId ? t('unknownActor') : t('system'));
            const [hhmm, day] = formatDateTime(entry.at).split(' ');
            return (
              <tr key={entry.id}>
                <td className="audit-table__time" data-label={t('columns.at')}>
                  <time dateTime={entry.at}>
                    {day} <span className="table__sub">{`${hhmm}:${seconds(entry.at)}`}</span>
                  </time>
                </td>
                <td className="table__primary" data-label={t('columns.actor')}>
                  {entry.actorAccountId ? (
                    <button
                      type="button"
                      className="audit-link"
                      title={t('filterByActor', { name: actor })}
                      aria-label={t('filterByActor', { name: actor })}
                      onClick={() => onActor(entry.actorAccountId as string)}
                    >
                      {actor}
                    </button>
                  ) : (
                    actor
                  )}
                </td>
                <td data-label={t('columns.action')}>
                  <div>
                    {labels.action(entry.action)}
                    <span className="table__sub audit-table__code">{entry.action}</span>
                  </div>
                </td>
                <td data-label={t('columns.target')}>
                  <div>
                    {labels.targetType(entry.targetType)}
                    {entry.targetId ? (
                      <button
                        type="button"
                        className="audit-link table__sub"
                        title={t('filterByTarget')}
                        aria-label={`${t('filterByTarget')}: ${entry.targetName ?? entry.targetId}`}
                        onClick={() => onTarget(entry.targetType, entry.targetId as string)}
                      >
                        {entry.targetName ?? entry.targetId}
                      </button>
                    ) : null}
                  </div>
                </td>
                <td data-label={t('columns.details')}>
                  <details className="audit-details">
                    <summary>{t('showDetails')}</summary>
                    <dl className="audit-details__list">
                      <dt>{t('detailsAction')}</dt>
                      <dd>{entry.action}</dd>
                      {entry.targetId ? (
                        <>
                          <dt>{t('detailsTarget')}</dt>
                          <dd>{entry.targetId}</dd>
                        </>
                      ) : null}
                      {entry.ip ? (
                        <>
                          <dt>{t('detailsIp')}</dt>
                          <dd>{entry.ip}</dd>
                        </>
                      ) : null}
                      {entry.requestId ? (
                        <>
                          <dt>{t('detailsRequest')}</dt>
                          <dd>{entry.requestId}</dd>
                        </>
                      ) : null}
                    </dl>
                    {entry.details === null || entry.details === undefined ? (
                      <p className="table__sub">{t('detailsNone')}</p>
                    ) : (
                      <pre className="audit-details__json">{JSON.stringify(entry.details, null, 2)}</pre>
                    )}
                  </details>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

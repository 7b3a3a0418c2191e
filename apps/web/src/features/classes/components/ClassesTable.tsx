// The classes list: each class with its code, place, trainer, mode, counts and next session.
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatIsoDay, formatNumber } from '../../../lib/format';
import type { ClassView } from '../api/types';
import { formatSessionTime } from './schedule';

export function ClassesTable({ items }: { items: ClassView[] }) {
  const { t } = useTranslation('classes');
  if (items.length === 0) return <p className="empty">{t('list.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table table--cards">
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.name')}</th>
            <th scope="col">{t('list.place')}</th>
            <th scope="col">{t('list.trainer')}</th>
            <th scope="col">{t('list.mode')}</th>
            <th scope="col" className="num">
              {t('list.members')}
            </th>
            <th scope="col">{t('list.next')}</th>
            <th scope="col">{t('list.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
              <td className="table__primary" data-label={t('list.name')}>
                <Link to="/classes/$classId" params={{ classId: c.id }} className="table__link">
                  {c.title}
                </Link>
                <span className="table__sub">
                  {t('list.code', { code: c.code })} · {t('list.from', { day: formatIsoDay(c.startsOn) })}
                </span>
                {c.kind === 'tot' ? <span className="tag classes-tag--tot">{t('kind.tot')}</span> : null}
              </td>
              <td data-label={t('list.place')}>
                <div>
                  {c.unitName}
                  {c.venue ? <span className="table__sub">{c.venue}</span> : null}
                </div>
              </td>
              <td data-label={t('list.trainer')}>{c.trainer.name}</td>
              <td data-label={t('list.mode')}>{t(`mode.${c.mode}`)}</td>
              <td className="num" data-label={t('list.members')}>
                <div>
                  {c.capacity
                    ? t('list.membersOf', {
                        count: c.membersCount,
                        value: formatNumber(c.membersCount),
                        capacity: formatNumber(c.capacity),
                      })
                    : formatNumber(c.membersCount)}
                  <span className="table__sub">
                    {t('list.completed', { value: formatNumber(c.completedCount) })}
                    {c.pendingCount ? ` · ${t('list.pending', { value: formatNumber(c.pendingCount) })}` : ''}
                  </span>
                </div>
              </td>
              <td data-label={t('list.next')}>
                {c.nextSession ? formatSessionTime(c.nextSession.startsAt) : t('list.noNext')}
              </td>
              <td data-label={t('list.status')}>
                <div>
                  <span className={`tag classes-status classes-status--${c.status}`}>
                    {t(`status.${c.status}`)}
                  </span>
                  {c.closed ? <span className="table__sub">{t('list.closed')}</span> : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

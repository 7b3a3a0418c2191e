// Who is behind a target at the place shown — and who has reached it: names, commune,
// organisation, the day they reached it and when they last learned; a page at a time, or all of
// them as CSV / Excel. Only for sessions that may read people (the server says 403 otherwise).
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { ExportLinks } from '../../../components/ui/ExportLinks';
import { Loading } from '../../../components/ui/Loading';
import { Pagination } from '../../../components/ui/Pagination';
import { Tabs } from '../../../components/ui/Tabs';
import { formatDate, formatNumber } from '../../../lib/format';
import { type SubjectsParams, subjectsExportHref, subjectsQueryOptions } from '../api/list-subjects';
import type { PlaceParams, PlaceView, TargetOverview } from '../api/types';
import { groupLabel } from './labels';

const PAGE_SIZE = 20;
type Reached = 'no' | 'yes';

export function SubjectsPanel({
  target,
  place,
  placeParams,
}: {
  target: TargetOverview;
  place: PlaceView;
  placeParams: PlaceParams;
}) {
  const { t } = useTranslation('monitoring');
  const [reached, setReached] = useState<Reached>('no');
  const [page, setPage] = useState(1);
  const params: SubjectsParams = { ...placeParams, achieved: reached === 'yes' };
  const list = useQuery(subjectsQueryOptions(target.id, { ...params, page, pageSize: PAGE_SIZE }));
  const tabs = [
    { key: 'no' as const, label: t('subjects.notAchieved') },
    { key: 'yes' as const, label: t('subjects.achieved') },
  ];
  const columns = {
    name: t('subjects.name'),
    unit: t('subjects.unit'),
    organisation: t('subjects.organisation'),
    group: t('subjects.group'),
    achievedAt: t('subjects.achievedAt'),
    lastActiveAt: t('subjects.lastActiveAt'),
  };
  const isPerson = target.subject === 'person';

  return (
    <section className="monitoring-section" aria-labelledby="subjects-title">
      <h2 className="section-title" id="subjects-title">
        {t('subjects.title')}
      </h2>
      <p className="muted">{t('subjects.intro', { code: target.code, place: place.name })}</p>
      <Tabs
        label={t('subjects.tabs')}
        tabs={tabs}
        selected={reached}
        onSelect={(key) => {
          setReached(key);
          setPage(1);
        }}
      >
        {list.isPending ? <Loading /> : null}
        <ErrorAlert error={list.error} />
        {list.data ? (
          <div className={list.isPlaceholderData ? 'is-refreshing' : undefined} aria-busy={list.isFetching}>
            <p className="list-total" aria-live="polite">
              {t(reached === 'yes' ? 'subjects.totalDone' : 'subjects.totalNot', {
                count: list.data.total,
                value: formatNumber(list.data.total),
              })}
            </p>
            {list.data.items.length ? (
              <div className="table-wrap">
                <table className="table table--cards">
                  <caption className="visually-hidden">
                    {`${t('subjects.title')}: ${reached === 'yes' ? t('subjects.achieved') : t('subjects.notAchieved')}`}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{columns.name}</th>
                      <th scope="col">{columns.unit}</th>
                      <th scope="col">{columns.organisation}</th>
                      <th scope="col">{columns.group}</th>
                      {reached === 'yes' ? <th scope="col">{columns.achievedAt}</th> : null}
                      {isPerson ? <th scope="col">{columns.lastActiveAt}</th> : null}
                    </tr>
                  </thead>
                  <tbody>
                    {list.data.items.map((s) => (
                      <tr key={s.id}>
                        <td className="table__primary" data-label={columns.name}>
                          {isPerson ? (
                            <Link to="/people/$personId" params={{ personId: s.id }} className="table__link">
                              {s.name}
                            </Link>
                          ) : (
                            s.name
                          )}
                        </td>
                        <td data-label={columns.unit}>{s.unitName}</td>
                        <td data-label={columns.organisation}>{s.organisationName}</td>
                        <td data-label={columns.group}>
                          {s.targetGroup ? groupLabel(t, s.targetGroup) : ''}
                        </td>
                        {reached === 'yes' ? (
                          <td data-label={columns.achievedAt}>{formatDate(s.achievedAt)}</td>
                        ) : null}
                        {isPerson ? (
                          <td data-label={columns.lastActiveAt}>
                            {s.lastActiveAt ? formatDate(s.lastActiveAt) : t('subjects.never')}
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="empty">{t('subjects.empty')}</p>
            )}
            <Pagination
              page={list.data.page}
              pageSize={list.data.pageSize}
              total={list.data.total}
              onPageChange={setPage}
            />
          </div>
        ) : null}
        <ExportLinks
          href={(format) => subjectsExportHref(target.id, params, format)}
          context={reached === 'yes' ? t('subjects.achieved') : t('subjects.notAchieved')}
        />
      </Tabs>
    </section>
  );
}

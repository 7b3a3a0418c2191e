import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SortHeader } from '../../../components/ui/SortHeader';
import { formatDate, formatNumber } from '../../../lib/format';
import type { Organisation } from '../api/types';
import type { OrganisationSort } from '../routes/organisations-search';

interface OrganisationTableProps {
  organisations: Organisation[];
  sort: OrganisationSort;
  onSort: (sort: OrganisationSort) => void;
}

export function OrganisationTable({ organisations, sort, onSort }: OrganisationTableProps) {
  const { t } = useTranslation(['organisations', 'common']);
  const navigate = useNavigate();
  const open = (id: string) =>
    void navigate({ to: '/organisations/$organisationId', params: { organisationId: id } });

  return (
    <div className="table-wrap">
      <table className="table table--cards table--clickable">
        <caption className="visually-hidden">{t('tableCaption')}</caption>
        <thead>
          <tr>
            <SortHeader label={t('fields.name')} field="name" sort={sort} onSort={onSort} />
            <th scope="col">{t('fields.type')}</th>
            <th scope="col">{t('fields.unit')}</th>
            <th scope="col" className="num">
              {t('fields.workerCount')}
            </th>
            <SortHeader label={t('columns.createdAt')} field="createdAt" sort={sort} onSort={onSort} />
          </tr>
        </thead>
        <tbody>
          {organisations.map((organisation) => (
            // The name link serves keyboards and screen readers; the row click is a touch shortcut.
            <tr key={organisation.id} onClick={() => open(organisation.id)}>
              <td className="table__primary" data-label={t('fields.name')}>
                <Link
                  to="/organisations/$organisationId"
                  params={{ organisationId: organisation.id }}
                  className="table__link"
                >
                  {organisation.name}
                </Link>
                {organisation.parentName ? (
                  <span className="table__sub">{organisation.parentName}</span>
                ) : null}
              </td>
              <td data-label={t('fields.type')}>{t(`common:organisationType.${organisation.type}`)}</td>
              <td data-label={t('fields.unit')}>{organisation.unitName}</td>
              <td data-label={t('fields.workerCount')} className="num">
                {formatNumber(organisation.workerCount)}
              </td>
              <td data-label={t('columns.createdAt')}>{formatDate(organisation.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

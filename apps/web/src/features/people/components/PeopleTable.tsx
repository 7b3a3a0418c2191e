import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SortHeader } from '../../../components/ui/SortHeader';
import { formatDate } from '../../../lib/format';
import type { Person } from '../api/types';
import type { PeopleSort } from '../routes/people-search';

interface PeopleTableProps {
  people: Person[];
  sort: PeopleSort;
  onSort: (sort: PeopleSort) => void;
}

export function PeopleTable({ people, sort, onSort }: PeopleTableProps) {
  const { t } = useTranslation(['people', 'common']);
  const navigate = useNavigate();
  const open = (id: string) => void navigate({ to: '/people/$personId', params: { personId: id } });

  return (
    <div className="table-wrap">
      <table className="table table--cards table--clickable">
        <caption className="visually-hidden">{t('tableCaption')}</caption>
        <thead>
          <tr>
            <SortHeader label={t('common:person.fullName')} field="fullName" sort={sort} onSort={onSort} />
            <th scope="col">{t('columns.birth')}</th>
            <th scope="col">{t('columns.unit')}</th>
            <th scope="col">{t('columns.groups')}</th>
            <SortHeader label={t('columns.createdAt')} field="createdAt" sort={sort} onSort={onSort} />
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            // The name link is the keyboard/screen-reader path; the whole row is a mouse/touch shortcut.
            <tr key={person.id} onClick={() => open(person.id)}>
              <td className="table__primary" data-label={t('common:person.fullName')}>
                <Link to="/people/$personId" params={{ personId: person.id }} className="table__link">
                  {person.fullName}
                </Link>
                {person.phone || person.email ? (
                  <span className="table__sub">{person.phone ?? person.email}</span>
                ) : null}
              </td>
              <td data-label={t('columns.birth')}>
                {/* One wrapper: on phones each cell is a two-column grid (label | value). */}
                <div>
                  {person.birthYear ?? ''}
                  {person.gender ? (
                    <span className="table__sub">{t(`common:gender.${person.gender}`)}</span>
                  ) : null}
                </div>
              </td>
              <td data-label={t('columns.unit')}>{person.unitName}</td>
              <td data-label={t('columns.groups')}>
                <ul className="tags">
                  {person.targetGroups.map((g) => (
                    <li key={g} className="tag">
                      {t(`common:targetGroup.${g}`)}
                    </li>
                  ))}
                  {person.vulnerabilities.map((v) => (
                    <li key={v} className="tag tag--warm">
                      {t(`common:vulnerability.${v}`)}
                    </li>
                  ))}
                </ul>
              </td>
              <td data-label={t('columns.createdAt')}>{formatDate(person.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

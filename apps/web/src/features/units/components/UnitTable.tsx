import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import type { Unit } from '../../../lib/types';

interface UnitTableProps {
  units: Unit[];
  caption: string;
  /** English readers also get the official English name where one exists. */
  showEnglish?: boolean;
}

export function UnitTable({ units, caption, showEnglish }: UnitTableProps) {
  const { t } = useTranslation('units');
  return (
    <div className="table-wrap">
      <table className="table table--cards">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.code')}</th>
            <th scope="col">{t('columns.name')}</th>
            <th scope="col">{t('columns.type')}</th>
            <th scope="col" className="num">
              {t('columns.children')}
            </th>
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => (
            <tr key={unit.id}>
              <td data-label={t('columns.code')} className="mono">
                {unit.code}
              </td>
              <td data-label={t('columns.name')} className="table__primary">
                <Link
                  to="/units/$unitId"
                  params={{ unitId: String(unit.id) }}
                  search={{}}
                  className="table__link"
                >
                  {unit.fullName}
                </Link>
                {showEnglish && unit.nameEn ? (
                  <span className="table__sub" lang="en">
                    {unit.nameEn}
                  </span>
                ) : null}
              </td>
              <td data-label={t('columns.type')}>
                <span className={`badge badge--${unit.type}`}>{t(`common:unitType.${unit.type}`)}</span>
              </td>
              <td data-label={t('columns.children')} className="num">
                {formatNumber(unit.childCount)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

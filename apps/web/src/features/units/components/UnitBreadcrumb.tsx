import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { UnitAncestor } from '../../../lib/types';

export function UnitBreadcrumb({ ancestors, current }: { ancestors: UnitAncestor[]; current: string }) {
  const { t } = useTranslation('units');
  return (
    <nav aria-label={t('breadcrumb')} className="breadcrumb">
      <ol>
        <li>
          <Link to="/units" search={{}}>
            {t('title')}
          </Link>
        </li>
        {ancestors.map((ancestor) => (
          <li key={ancestor.id}>
            <Link to="/units/$unitId" params={{ unitId: String(ancestor.id) }} search={{}}>
              {ancestor.fullName}
            </Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

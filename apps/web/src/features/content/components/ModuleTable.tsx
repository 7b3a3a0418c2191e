import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { AuthoringModuleSummary } from '../api/types';
import { ModuleStatusBadge } from './badges';

export function ModuleTable({ modules }: { modules: AuthoringModuleSummary[] }) {
  const { t } = useTranslation('content');
  const navigate = useNavigate();
  const open = (id: string) => void navigate({ to: '/content/modules/$moduleId', params: { moduleId: id } });

  return (
    <div className="table-wrap">
      <table className="table table--cards table--clickable">
        <caption className="visually-hidden">{t('modules.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('modules.columns.module')}</th>
            <th scope="col">{t('modules.columns.status')}</th>
            <th scope="col" className="num">
              {t('modules.columns.version')}
            </th>
            <th scope="col">{t('modules.columns.updated')}</th>
            <th scope="col">{t('modules.columns.pack')}</th>
          </tr>
        </thead>
        <tbody>
          {modules.map((module) => (
            // The title link is the keyboard/screen-reader path; the row is a mouse/touch shortcut.
            <tr key={module.id} onClick={() => open(module.id)}>
              <td className="table__primary" data-label={t('modules.columns.module')}>
                <Link
                  to="/content/modules/$moduleId"
                  params={{ moduleId: module.id }}
                  className="table__link"
                >
                  {module.title ?? t('modules.untitled')}
                </Link>
                <span className="table__sub mono">{module.id}</span>
              </td>
              <td data-label={t('modules.columns.status')}>
                <div>
                  <ModuleStatusBadge status={module.draftStatus} published={module.version !== null} />
                </div>
              </td>
              <td className="num" data-label={t('modules.columns.version')}>
                {module.version ?? t('modules.notPublished')}
              </td>
              <td data-label={t('modules.columns.updated')}>{formatDate(module.draftUpdatedAt)}</td>
              <td data-label={t('modules.columns.pack')}>
                {module.packId ? <span className="mono">{module.packId}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

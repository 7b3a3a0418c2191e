import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { PageHeader } from '../../../components/ui/PageHeader';
import { useSession } from '../../../lib/session';
import { canOpenContent } from '../components/content-access';
// The content pages' own styles (editor, diff, framework tree) load with this chunk only.
import '../../../styles/content.css';

const TABS = [
  { to: '/content/modules', key: 'modules' },
  { to: '/content/frameworks', key: 'frameworks' },
] as const;

/** Section shell for /content/*: the permission check and the modules / frameworks tabs. */
export function ContentLayout() {
  const { t } = useTranslation('content');
  const session = useSession();
  if (!canOpenContent(session)) {
    return (
      <>
        <PageHeader title={t('forbidden.title')} />
        <Alert tone="info">{t('forbidden.body')}</Alert>
      </>
    );
  }
  return (
    <>
      <nav className="content-tabs" aria-label={t('sectionNav')}>
        <ul className="content-tabs__list">
          {TABS.map((tab) => (
            <li key={tab.to}>
              <Link
                to={tab.to}
                className="content-tabs__link"
                activeOptions={{ includeSearch: false }}
                activeProps={{
                  className: 'content-tabs__link content-tabs__link--active',
                  'aria-current': 'page',
                }}
              >
                {t(`tabs.${tab.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}

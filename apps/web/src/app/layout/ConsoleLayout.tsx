import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useSession } from '../../lib/session';
import { navItemsFor } from './nav-items';
import { SignOutButton } from './SignOutButton';

export function ConsoleLayout() {
  const { t } = useTranslation();
  const session = useSession();

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="topbar">
        <div className="topbar__inner">
          <Link to="/" className="brand" aria-label={t('brand.home')}>
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__name">Lantỏa</span>
          </Link>
          <div className="topbar__tools">
            <LanguageSwitch />
            <Link to="/profile" className="topbar__user" title={t('nav.profile')}>
              {session.person.fullName}
            </Link>
            <SignOutButton />
          </div>
        </div>
        <nav className="mainnav" aria-label={t('nav.label')}>
          <ul className="mainnav__list">
            {navItemsFor(session).map((item) => (
              <li key={item.to}>
                <Link
                  to={item.to}
                  className="mainnav__link"
                  activeOptions={{ exact: item.exact ?? false, includeSearch: false }}
                  activeProps={{ className: 'mainnav__link mainnav__link--active', 'aria-current': 'page' }}
                >
                  {t(item.labelKey)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="footer">{t('footer.text')}</footer>
    </div>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Loading } from '../../components/ui/Loading';
import { sessionQueryOptions } from '../../lib/session';
import { navItemsFor } from './nav-items';
import { SignOutButton } from './SignOutButton';

export function ConsoleLayout() {
  const { t } = useTranslation();
  // Null for a moment after sign-out or an expired session, while the redirect to /login runs;
  // pages below must not render then (they rely on useSession()).
  const session = useQuery(sessionQueryOptions).data;
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const navRef = useRef<HTMLElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef<string | null>(pathname);

  useEffect(() => {
    // On phones the nav scrolls sideways; keep the current section in view after navigating.
    navRef.current
      ?.querySelector('[aria-current="page"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'center' });
    // After an in-app navigation, move focus to the new content so keyboard and screen-reader
    // users start there, as after a full page load. Not on the first render.
    if (pathname !== firstPath.current) {
      firstPath.current = null;
      mainRef.current?.focus({ preventScroll: true });
    }
  }, [pathname]);

  if (!session) return <Loading />;

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
        <nav ref={navRef} className="mainnav" aria-label={t('nav.label')}>
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
      <main ref={mainRef} id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="footer">{t('footer.text')}</footer>
    </div>
  );
}

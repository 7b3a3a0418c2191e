import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Loading } from '../../components/ui/Loading';
import { flushStatements } from '../../features/learn/api/statement-queue';
import { ConsentGate } from '../../features/privacy/components/ConsentGate';
import { NotificationBell } from '../../features/progress/components/NotificationBell';
import { isLearnerOnly, sessionQueryOptions } from '../../lib/session';
import { SignOutButton } from './SignOutButton';
// The learner app's own styles (larger text, big touch targets) load with its first chunk.
import '../../styles/learn.css';

/** The learner app's shell: a slim top bar and one column sized for a phone held in one hand. */
export function LearnLayout() {
  const { t } = useTranslation();
  const session = useQuery(sessionQueryOptions).data;
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef<string | null>(pathname);
  const personId = session?.person.id;

  useEffect(() => {
    // Statements recorded offline last time go out as soon as the learner is back.
    if (personId) void flushStatements(personId);
  }, [personId]);

  useEffect(() => {
    // After an in-app navigation, move focus to the new content (as after a page load).
    if (pathname !== firstPath.current) {
      firstPath.current = null;
      mainRef.current?.focus({ preventScroll: true });
    }
  }, [pathname]);

  if (!session) return <Loading />;

  return (
    <div className="shell learn">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="topbar">
        <div className="topbar__inner learn-topbar">
          <Link to="/learn" className="brand" aria-label={t('brand.learnHome')}>
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__name">Lantỏa</span>
          </Link>
          <div className="topbar__tools">
            <NotificationBell />
            <LanguageSwitch />
            <SignOutButton />
          </div>
        </div>
      </header>
      <main ref={mainRef} id="main" className="learn-main" tabIndex={-1}>
        {/* People created by officers agree to the privacy notice before their first lesson. */}
        <ConsentGate>
          <Outlet />
        </ConsentGate>
      </main>
      <footer className="learn-footer">
        <nav aria-label={t('nav.learnFooter')}>
          <ul className="learn-footer__links">
            <li>
              <Link to="/learn/progress">{t('nav.progress')}</Link>
            </li>
            <li>
              <Link to="/learn/classes">{t('nav.myClasses')}</Link>
            </li>
            <li>
              <Link to="/learn/mentoring">{t('nav.mentoring')}</Link>
            </li>
            <li>
              <Link to="/learn/certificates">{t('nav.certificates')}</Link>
            </li>
            <li>
              <Link to="/profile">{t('nav.profile')}</Link>
            </li>
            {isLearnerOnly(session) ? null : (
              <li>
                <Link to="/">{t('nav.console')}</Link>
              </li>
            )}
          </ul>
        </nav>
        <p>{t('footer.text')}</p>
      </footer>
    </div>
  );
}

import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import '../../../styles/certificates.css';

/** The public side: no account, no navigation — the platform's name and the language switch. */
export function VerifyLayout() {
  const { t } = useTranslation('certificates');
  return (
    <div className="shell">
      <header className="topbar">
        <div className="topbar__inner">
          <span className="brand">
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__name">Lantỏa</span>
          </span>
          <div className="topbar__tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="verify-page">
        <Outlet />
        <p>
          <Link to="/verify">{t('verify.checkFile')}</Link>
        </p>
      </main>
      <footer className="footer">{t('common:footer.text')}</footer>
    </div>
  );
}

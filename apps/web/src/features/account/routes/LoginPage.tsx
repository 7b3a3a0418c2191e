import { getRouteApi, Link, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { safeRedirectTarget } from '../../../lib/safe-redirect';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { LoginForm } from '../components/LoginForm';

const routeApi = getRouteApi('/login');

export function LoginPage() {
  const { t } = useTranslation('account');
  const { redirect } = routeApi.useSearch();
  const router = useRouter();
  useDocumentTitle(t('login.title'));

  const onSignedIn = () => {
    void router.navigate({ href: safeRedirectTarget(redirect), replace: true });
  };

  return (
    <div className="auth-page">
      <header className="auth-page__top">
        <span className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">Lantỏa</span>
        </span>
        <LanguageSwitch />
      </header>
      <main id="main" className="auth-card">
        <h1 id="login-title" className="auth-card__title">
          {t('login.title')}
        </h1>
        <p className="auth-card__intro">{t('login.intro')}</p>
        <LoginForm onSignedIn={onSignedIn} />
        <p className="auth-card__switch">
          {t('login.noAccount')} <Link to="/register">{t('login.toRegister')}</Link>
        </p>
      </main>
      <p className="auth-page__tagline">{t('login.tagline')}</p>
    </div>
  );
}

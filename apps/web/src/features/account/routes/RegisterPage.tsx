import { Link, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RegisterForm } from '../components/RegisterForm';

/** Public sign-up for learners: name, phone or email, password — then straight into learning. */
export function RegisterPage() {
  const { t } = useTranslation('account');
  const router = useRouter();
  useDocumentTitle(t('register.title'));

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
        <h1 id="register-title" className="auth-card__title">
          {t('register.title')}
        </h1>
        <p className="auth-card__intro">{t('register.intro')}</p>
        <RegisterForm onRegistered={() => void router.navigate({ to: '/learn', replace: true })} />
        <p className="auth-card__switch">
          {t('register.haveAccount')} <Link to="/login">{t('register.toLogin')}</Link>
        </p>
      </main>
      <p className="auth-page__tagline">{t('login.tagline')}</p>
    </div>
  );
}

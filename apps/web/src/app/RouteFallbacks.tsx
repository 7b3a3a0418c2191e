import { type ErrorComponentProps, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../components/ui/Alert';
import { errorMessage } from '../lib/error-message';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <main className="fallback-page" id="main">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link to="/" className="button button--primary">
        {t('notFound.home')}
      </Link>
    </main>
  );
}

/** Shown when a route chunk fails to load (e.g. after a deploy) or a page throws while rendering. */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  return (
    <div className="fallback-page">
      <h1>{t('routeError.title')}</h1>
      <Alert tone="error">{errorMessage(error, t)}</Alert>
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
        <button type="button" className="button button--ghost" onClick={reset}>
          {t('routeError.retry')}
        </button>
      </div>
    </div>
  );
}

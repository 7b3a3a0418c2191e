// /learn/checkin/<token>: the session QR the trainer projects. Opening it marks me present (it is
// safe to open twice) and says so, with the class and the session; or why it did not work.
import { Link, useParams } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { ApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-message';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCheckIn } from '../api/check-in';
import { formatWhen } from '../components/when';
import '../myclasses.css';

export function CheckinPage() {
  const { t } = useTranslation('myclasses');
  const { token } = useParams({ from: '/learn/checkin/$token' });
  const checkin = useCheckIn();
  const sent = useRef<string | null>(null);
  useDocumentTitle(t('checkin.title'));

  useEffect(() => {
    if (sent.current === token) return;
    sent.current = token;
    checkin.mutate(token);
  }, [token, checkin.mutate]);

  const error = checkin.error;
  const code = error instanceof ApiError ? error.code : null;
  const r = checkin.data;

  return (
    <div className="learn-stack myclasses-page">
      <header className="learn-hero">
        <h1 className="learn-hero__title">{t('checkin.title')}</h1>
      </header>
      <section className="learn-card myclass-checkin" aria-live="polite">
        {checkin.isPending || checkin.isIdle ? <Loading label={t('checkin.working')} /> : null}
        {r ? (
          <>
            <p className="myclass-checkin__done">
              <span aria-hidden="true">✓</span> <span>{t('checkin.done')}</span>
            </p>
            <p className="myclass-checkin__class">{r.classTitle}</p>
            <p>{t('checkin.session', { when: formatWhen(r.startsAt) })}</p>
            {r.already ? <p className="muted">{t('checkin.already')}</p> : null}
          </>
        ) : null}
        {error ? (
          <Alert tone="error">
            {code === 'CHECKIN_EXPIRED'
              ? t('checkin.expired')
              : code === 'CHECKIN_INVALID'
                ? t('checkin.invalid')
                : errorMessage(error, t)}
          </Alert>
        ) : null}
        {error && code !== 'CHECKIN_INVALID' ? (
          <button
            type="button"
            className="button button--secondary button--block"
            onClick={() => checkin.mutate(token)}
          >
            {t('checkin.retry')}
          </button>
        ) : null}
      </section>
      <p className="learn-links">
        <Link to="/learn/classes">{t('checkin.myClasses')}</Link>
      </p>
    </div>
  );
}

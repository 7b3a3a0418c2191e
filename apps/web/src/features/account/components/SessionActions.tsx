import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { useLogout, useLogoutEverywhere } from '../api/logout';

export function SessionActions() {
  const { t } = useTranslation('account');
  const logout = useLogout();
  const logoutAll = useLogoutEverywhere();
  const busy = logout.isPending || logoutAll.isPending;

  const signOutEverywhere = () => {
    if (window.confirm(t('sessions.confirmAll'))) logoutAll.mutate();
  };

  return (
    <section className="form" aria-labelledby="sessions-title">
      <h2 id="sessions-title" className="section-title">
        {t('sessions.title')}
      </h2>
      <p className="muted">{t('sessions.body')}</p>
      <ErrorAlert error={logoutAll.error} />
      <div className="form-actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => logout.mutate()}
        >
          {t('common:actions.signOut')}
        </button>
        <button type="button" className="button button--danger" disabled={busy} onClick={signOutEverywhere}>
          {t('sessions.signOutAll')}
        </button>
      </div>
    </section>
  );
}

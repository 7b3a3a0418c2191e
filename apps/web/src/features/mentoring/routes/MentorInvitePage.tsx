import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { formatDate } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAcceptInvite } from '../api/accept-invite';
import { inviteQueryOptions } from '../api/get-invite';
import { levelTitle } from '../api/types';
import '../../../styles/mentoring.css';

/** A mentor's invitation (the link or QR code): who, which level, and "accept". */
export function MentorInvitePage() {
  const { t, i18n } = useTranslation('mentoring');
  const { code } = useParams({ strict: false }) as { code: string };
  const invite = useQuery(inviteQueryOptions(code));
  const accept = useAcceptInvite(code);
  useDocumentTitle(t('accept.title'));
  if (invite.isPending) return <Loading />;
  if (invite.isError)
    return (
      <div className="learn-stack">
        <ErrorAlert error={invite.error} />
        <Link to="/learn/mentoring">{t('accept.toPage')}</Link>
      </div>
    );
  const inv = invite.data;
  const level = levelTitle(inv.level, i18n.language);
  const accepted = accept.data ?? null;
  return (
    <div className="learn-stack mentoring-page">
      <header className="learn-hero">
        <h1 className="learn-hero__title">{t('accept.title')}</h1>
      </header>
      <section className="learn-card learn-card--invite" aria-labelledby="mentoring-accept-title">
        <h2 id="mentoring-accept-title" className="learn-section-title">
          {t('accept.lead', { name: inv.mentor.name })}
        </h2>
        <p>
          {t('accept.level', { level })}
          {inv.mentor.unitName ? ` · ${inv.mentor.unitName}` : ''}
        </p>
        <p className="mentoring-note">{t('accept.what')}</p>
        {accepted ? (
          <Alert tone="success">
            {t('accept.done', { name: accepted.mentor.name, date: formatDate(accepted.since) })}
          </Alert>
        ) : inv.state === 'open' ? (
          <button
            type="button"
            className="button button--primary button--block"
            disabled={accept.isPending}
            onClick={() => accept.mutate()}
          >
            {t('accept.button')}
          </button>
        ) : (
          <Alert tone="info">{t(`accept.state.${inv.state}`, { name: inv.mentor.name, level })}</Alert>
        )}
        <ErrorAlert error={accept.error} />
      </section>
      <Link to="/learn/mentoring" className="link-button">
        {t('accept.toPage')}
      </Link>
    </div>
  );
}

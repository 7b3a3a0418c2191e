import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { Certificate } from '../api/types';
import { StatusBadge } from './StatusBadge';

/** One certificate the learner holds: what, when, and the ways to show it to someone. */
export function CertificateCard({ certificate: c }: { certificate: Certificate }) {
  const { t, i18n } = useTranslation('certificates');
  const [shared, setShared] = useState(false);
  const title = i18n.language === 'en' && c.titleEn ? c.titleEn : c.title;

  const share = async () => {
    const data = { title, text: t('mine.shareText', { title }), url: c.verifyUrl };
    try {
      if (navigator.share) {
        await navigator.share(data);
        return;
      }
      await navigator.clipboard.writeText(c.verifyUrl);
      setShared(true);
    } catch {
      // The learner closed the share sheet, or the clipboard is blocked: the link stays visible.
    }
  };

  return (
    <article className="learn-card cert-card" aria-labelledby={`cert-${c.id}`}>
      <div className="cert-card__head">
        <h2 id={`cert-${c.id}`} className="cert-card__title">
          {title}
        </h2>
        <StatusBadge status={c.status} />
      </div>
      <dl className="cert-card__facts">
        <div>
          <dt>{t('fields.serial')}</dt>
          <dd>{c.serial}</dd>
        </div>
        <div>
          <dt>{t('fields.issuedAt')}</dt>
          <dd>{formatDate(c.issuedAt)}</dd>
        </div>
        {c.expiresAt ? (
          <div>
            <dt>{t('fields.expiresAt')}</dt>
            <dd>{formatDate(c.expiresAt)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('fields.issuer')}</dt>
          <dd>{c.issuerName}</dd>
        </div>
      </dl>
      {c.status === 'revoked' && c.revocationReason ? (
        <p className="cert-card__revoked">{t('mine.revokedBecause', { reason: c.revocationReason })}</p>
      ) : null}
      <div className="cert-card__actions">
        <a className="button button--primary" href={`/api/learning/certificates/${c.id}/pdf`} download>
          {t('mine.downloadPdf')}
        </a>
        <a className="button" href={`/api/learning/certificates/${c.id}/credential`} download>
          {t('mine.downloadCredential')}
        </a>
        <button type="button" className="button" onClick={() => void share()}>
          {t('mine.share')}
        </button>
      </div>
      <p className="cert-card__link">
        <a href={c.verifyUrl}>{t('mine.verifyLink')}</a>
        {shared ? (
          <span role="status" className="cert-card__copied">
            {' '}
            {t('mine.copied')}
          </span>
        ) : null}
      </p>
    </article>
  );
}

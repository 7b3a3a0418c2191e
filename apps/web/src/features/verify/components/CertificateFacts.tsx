import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { PublicCertificate } from '../api/verify';

/** What it certifies, to whom, when, by whom — the name and achievement only. */
export function CertificateFacts({ certificate: c }: { certificate: PublicCertificate }) {
  const { t, i18n } = useTranslation('certificates');
  return (
    <dl className="verify-facts">
      <dt>{t('fields.achievement')}</dt>
      <dd>{i18n.language === 'en' && c.titleEn ? c.titleEn : c.title}</dd>
      <dt>{t('fields.recipient')}</dt>
      <dd>{c.recipientName}</dd>
      <dt>{t('fields.issuedAt')}</dt>
      <dd>{formatDate(c.issuedAt)}</dd>
      <dt>{t('fields.issuer')}</dt>
      <dd>{c.issuerName}</dd>
      <dt>{t('fields.serial')}</dt>
      <dd>{c.serial}</dd>
      {c.expiresAt ? (
        <>
          <dt>{t('fields.expiresAt')}</dt>
          <dd>{formatDate(c.expiresAt)}</dd>
        </>
      ) : null}
      {c.revokedAt ? (
        <>
          <dt>{t('fields.revokedAt')}</dt>
          <dd>{formatDate(c.revokedAt)}</dd>
          <dt>{t('fields.revocationReason')}</dt>
          <dd>{c.revocationReason}</dd>
        </>
      ) : null}
      <dt>{t('fields.criteria')}</dt>
      <dd>{c.criteria}</dd>
    </dl>
  );
}

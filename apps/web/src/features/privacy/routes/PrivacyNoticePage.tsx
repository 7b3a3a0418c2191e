import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { formatIsoDay } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { privacyNoticeQueryOptions } from '../api/notice';
import type { NoticePurpose } from '../api/types';
import { purposeSummary, purposeTitle } from '../components/purpose-text';
import '../privacy.css';

// The purposes as the server lists them; shown from this list while the notice loads or if it
// cannot be reached, so the page is always readable.
const KNOWN_PURPOSES: NoticePurpose[] = [
  { code: 'learning', required: true },
  { code: 'campaign_statistics', required: true },
  { code: 'reminders', required: false },
];

/** "Thông báo về xử lý dữ liệu cá nhân": what, why, who sees it, how long, your rights. Public. */
export function PrivacyNoticePage() {
  const { t } = useTranslation('privacy');
  useDocumentTitle(t('notice.title'));
  const notice = useQuery(privacyNoticeQueryOptions);
  const purposes = notice.data?.purposes ?? KNOWN_PURPOSES;
  const list = (key: string) => t(key, { returnObjects: true }) as string[];
  const version = notice.data?.version;

  return (
    <div className="auth-page">
      <header className="auth-page__top">
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">Lantỏa</span>
        </Link>
        <LanguageSwitch />
      </header>
      <main id="main" className="card notice-page">
        <h1>{t('notice.title')}</h1>
        {version ? (
          <p className="notice-page__meta">
            {t('notice.version', { version: formatIsoDay(version) || version })}
          </p>
        ) : null}
        <p>{t('notice.lawNote')}</p>

        <h2>{t('notice.whatTitle')}</h2>
        <ul>
          {list('notice.what').map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>

        <h2>{t('notice.whyTitle')}</h2>
        <ul>
          {purposes.map((p) => (
            <li key={p.code}>
              <strong>{purposeTitle(t, p.code)}</strong> (
              {p.required ? t('consent.required') : t('consent.optional')}): {purposeSummary(t, p.code)}
            </li>
          ))}
        </ul>

        <h2>{t('notice.whoTitle')}</h2>
        <ul>
          {list('notice.who').map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>

        <h2>{t('notice.howLongTitle')}</h2>
        <p>{t('notice.howLong')}</p>

        <h2>{t('notice.rightsTitle')}</h2>
        <ul>
          {list('notice.rights').map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </main>
    </div>
  );
}

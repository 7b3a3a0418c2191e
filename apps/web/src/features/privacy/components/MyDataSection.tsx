import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { myPrivacyQueryOptions } from '../api/my-privacy';
import { privacyNoticeQueryOptions } from '../api/notice';
import { DownloadButton } from './DownloadButton';
import { MyConsents } from './MyConsents';
import { MyErasureRequest } from './MyErasureRequest';
import '../privacy.css';

/** "Dữ liệu của tôi" on the account page: consents, the JSON export, the erasure request. */
export function MyDataSection() {
  const { t } = useTranslation('privacy');
  const notice = useQuery(privacyNoticeQueryOptions);
  const privacy = useQuery(myPrivacyQueryOptions);
  return (
    <section className="card privacy-section" aria-labelledby="my-data-title">
      <h2 id="my-data-title" className="section-title">
        {t('myData.title')}
      </h2>
      <p>{t('myData.intro')}</p>
      {notice.isPending || privacy.isPending ? <Loading /> : null}
      <ErrorAlert error={notice.error ?? privacy.error} />
      {notice.data && privacy.data ? (
        <>
          <h3>{t('myData.consentsTitle')}</h3>
          <MyConsents notice={notice.data} privacy={privacy.data} />
          <h3>{t('myData.downloadTitle')}</h3>
          <p>{t('myData.downloadIntro')}</p>
          <DownloadButton
            path="/me/data-export"
            label={t('myData.download')}
            doneMessage={t('myData.downloaded')}
          />
          <h3>{t('myData.erasureTitle')}</h3>
          <MyErasureRequest request={privacy.data.erasureRequest} />
        </>
      ) : null}
    </section>
  );
}

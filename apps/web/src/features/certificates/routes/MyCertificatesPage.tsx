import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { formatNumber } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { myCertificatesQueryOptions } from '../api/my-certificates';
import { CertificateCard } from '../components/CertificateCard';
import '../../../styles/certificates.css';

/** "Chứng nhận của tôi": certificates held, and how far along the learner is towards the others. */
export function MyCertificatesPage() {
  const { t, i18n } = useTranslation('certificates');
  const mine = useQuery(myCertificatesQueryOptions);
  useDocumentTitle(t('mine.title'));
  if (mine.isPending) return <Loading />;
  if (mine.isError) return <ErrorAlert error={mine.error} />;
  const pending = mine.data.progress.filter((p) => !p.held && (p.modulesTotal > 0 || p.inPerson));

  return (
    <div className="learn-stack">
      <header className="learn-hero">
        <h1 className="learn-hero__title">{t('mine.title')}</h1>
        <p className="learn-hero__sub">{t('mine.subtitle')}</p>
      </header>
      {mine.data.items.length === 0 ? <p className="learn-card empty">{t('mine.empty')}</p> : null}
      {mine.data.items.map((c) => (
        <CertificateCard key={c.id} certificate={c} />
      ))}
      {pending.length ? (
        <section className="learn-card" aria-labelledby="cert-progress-title">
          <h2 id="cert-progress-title" className="learn-section-title">
            {t('mine.progressTitle')}
          </h2>
          <ul className="cert-progress">
            {pending.map((p) => {
              const title = i18n.language === 'en' && p.titleEn ? p.titleEn : p.title;
              return (
                <li key={p.templateId}>
                  <span className="cert-progress__title">{title}</span>
                  {p.modulesTotal > 0 ? (
                    <>
                      <progress max={p.modulesTotal} value={p.modulesDone} aria-label={title} />
                      <span className="cert-progress__count">
                        {t('mine.modulesDone', {
                          done: formatNumber(p.modulesDone),
                          total: formatNumber(p.modulesTotal),
                        })}
                      </span>
                    </>
                  ) : null}
                  {p.inPerson ? <span className="cert-progress__note">{t('mine.inPerson')}</span> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

// "Lớp học" in the learner app: the box to join by code, then my classes (those waiting for the
// trainer's approval too) with progress, next session, attendance and announcements.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { myClassesQueryOptions } from '../api/get-my-classes';
import { ClassCard } from '../components/ClassCard';
import { JoinByCode } from '../components/JoinByCode';
import '../myclasses.css';

export function MyClassesPage() {
  const { t } = useTranslation('myclasses');
  const mine = useQuery(myClassesQueryOptions);
  useDocumentTitle(t('page.title'));
  const items = (mine.data?.items ?? []).filter((i) => i.status !== 'removed');
  return (
    <div className="learn-stack myclasses-page">
      <header className="learn-hero">
        <h1 className="learn-hero__title">{t('page.title')}</h1>
        <p className="learn-hero__sub">{t('page.subtitle')}</p>
      </header>
      <JoinByCode />
      {mine.isPending ? <Loading /> : null}
      <ErrorAlert error={mine.error} />
      {mine.data && items.length === 0 ? <p className="learn-card learn-empty">{t('page.empty')}</p> : null}
      {items.length ? (
        <ul className="myclasses-list" aria-label={t('page.list')}>
          {items.map((item) => (
            <ClassCard key={item.class.id} item={item} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/PageHeader';
import { useSession } from '../../../lib/session';
import { RoleList } from '../components/RoleList';
import { SectionLinks } from '../components/SectionLinks';

export function HomePage() {
  const { t } = useTranslation('home');
  const session = useSession();
  return (
    <>
      <PageHeader title={t('greeting', { name: session.person.fullName })} subtitle={t('intro')} />
      <section className="card" aria-labelledby="roles-title">
        <h2 id="roles-title" className="section-title">
          {t('roles.title')}
        </h2>
        <RoleList roles={session.roles} />
      </section>
      <section aria-labelledby="sections-title">
        <h2 id="sections-title" className="section-title">
          {t('sections.title')}
        </h2>
        <SectionLinks session={session} />
      </section>
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { useSession } from '../../../lib/session';
// "Dữ liệu của tôi" belongs to the privacy feature; the account page is where people look for it.
import { MyDataSection } from '../../privacy/components/MyDataSection';
import { meQueryOptions } from '../api/get-me';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { ProfileForm } from '../components/ProfileForm';
import { SessionActions } from '../components/SessionActions';

export function ProfilePage() {
  const { t } = useTranslation('account');
  const session = useSession();
  const me = useQuery(meQueryOptions);

  return (
    <>
      <PageHeader
        title={t('profile.title')}
        subtitle={[session.account.phone, session.account.email].filter(Boolean).join(' · ')}
      />
      {me.isPending ? <Loading /> : null}
      <ErrorAlert error={me.error} />
      {me.data ? (
        <div className="stack">
          <div className="card">
            <h2 id="profile-details-title" className="section-title">
              {t('profile.detailsTitle')}
            </h2>
            <dl className="facts">
              {me.data.unitName ? (
                <div>
                  <dt>{t('common:person.unit')}</dt>
                  <dd>{me.data.unitName}</dd>
                </div>
              ) : null}
              {me.data.organisationName ? (
                <div>
                  <dt>{t('common:person.organisation')}</dt>
                  <dd>{me.data.organisationName}</dd>
                </div>
              ) : null}
            </dl>
            <ProfileForm me={me.data} />
          </div>
          <div className="card">
            <ChangePasswordForm />
          </div>
          <div className="card">
            <SessionActions />
          </div>
          <MyDataSection />
        </div>
      ) : null}
    </>
  );
}

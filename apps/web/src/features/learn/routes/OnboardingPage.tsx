import { useQuery } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { unitLabelQueryOptions } from '../../../components/pickers/picker-queries';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { useSession } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { profileQueryOptions } from '../api/get-profile';
import { useSaveProfile } from '../api/save-profile';
import { DEFAULT_DAILY_GOAL, OnboardingForm } from '../components/OnboardingForm';

export function OnboardingPage() {
  const { t } = useTranslation('learn');
  const session = useSession();
  const router = useRouter();
  const profile = useQuery(profileQueryOptions);
  const unitId = profile.data?.unitId ?? session.person.unitId ?? undefined;
  const unit = useQuery(unitLabelQueryOptions(unitId));
  const save = useSaveProfile();
  const firstTime = profile.isSuccess && profile.data === null;
  useDocumentTitle(firstTime ? t('onboarding.title') : t('onboarding.editTitle'));

  if (profile.isPending || (unitId !== undefined && unit.isPending)) return <Loading />;
  if (profile.isError) return <ErrorAlert error={profile.error} />;

  const existing = profile.data;
  return (
    <div className="learn-stack">
      <header className="learn-hero">
        <h1 className="learn-hero__title">{firstTime ? t('onboarding.title') : t('onboarding.editTitle')}</h1>
        <p className="learn-hero__sub">{t('onboarding.intro')}</p>
      </header>
      <div className="learn-card">
        <OnboardingForm
          initialValues={{
            targetGroup: existing?.targetGroup ?? '',
            unit: unit.data ? { id: unit.data.id, label: unit.data.fullName } : null,
            dailyGoalMinutes: existing?.dailyGoalMinutes ?? DEFAULT_DAILY_GOAL,
          }}
          submitLabel={firstTime ? t('onboarding.submitFirst') : t('onboarding.submit')}
          onSubmit={async (input) => {
            const saved = await save.mutateAsync(input);
            // First visit: the placement check comes next; afterwards straight back home.
            await router.navigate({ to: saved.placedAt ? '/learn' : '/learn/placement' });
          }}
        />
      </div>
    </div>
  );
}

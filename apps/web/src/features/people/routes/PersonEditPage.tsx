import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { useToast } from '../../../components/ui/Toast';
import { formatDate } from '../../../lib/format';
// The personal-data panel (export, erasure requests) belongs to the privacy feature.
import { PersonPrivacyPanel } from '../../privacy/components/PersonPrivacyPanel';
import { personQueryOptions } from '../api/get-person';
import { useUpdatePerson } from '../api/update-person';
import { PersonForm } from '../components/PersonForm';
import { valuesFromPerson } from '../components/person-form';

const routeApi = getRouteApi('/_console/people/$personId');

export function PersonEditPage() {
  const { t } = useTranslation('people');
  const { personId } = routeApi.useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const person = useQuery(personQueryOptions(personId));
  const update = useUpdatePerson(personId);

  if (person.isPending) return <Loading />;
  if (person.isError) return <ErrorAlert error={person.error} />;
  const data = person.data;

  return (
    <>
      <PageHeader
        title={data.erasedAt ? t('erasedName') : data.fullName}
        subtitle={t('editSubtitle', {
          created: formatDate(data.createdAt),
          updated: formatDate(data.updatedAt),
        })}
      />
      {/* An erased person has nothing left to edit: only the personal-data panel says so. */}
      {data.erasedAt ? null : (
        <PersonForm
          // Remount with fresh values after each save (updatedAt changes), e.g. to re-mask the CCCD.
          key={data.updatedAt}
          initialValues={valuesFromPerson(data)}
          nationalIdMasked={data.nationalIdMasked}
          submitLabel={t('common:actions.save')}
          onSubmit={async (input) => {
            const saved = await update.mutateAsync(input);
            toast.showSuccess(t('updated', { name: saved.fullName }));
          }}
          onCancel={() => void navigate({ to: '/people' })}
        />
      )}
      <PersonPrivacyPanel personId={personId} erasedAt={data.erasedAt} />
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { useToast } from '../../../components/ui/Toast';
import { formatDate } from '../../../lib/format';
import { organisationQueryOptions } from '../api/get-organisation';
import { useUpdateOrganisation } from '../api/update-organisation';
import { OrganisationForm } from '../components/OrganisationForm';
import { valuesFromOrganisation } from '../components/organisation-form';

const routeApi = getRouteApi('/_console/organisations/$organisationId');

export function OrganisationEditPage() {
  const { t } = useTranslation('organisations');
  const { organisationId } = routeApi.useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const organisation = useQuery(organisationQueryOptions(organisationId));
  const update = useUpdateOrganisation(organisationId);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <ErrorAlert error={organisation.error} />;
  const data = organisation.data;

  return (
    <>
      <PageHeader
        title={data.name}
        subtitle={t('editSubtitle', {
          created: formatDate(data.createdAt),
          updated: formatDate(data.updatedAt),
        })}
      />
      <OrganisationForm
        key={data.updatedAt}
        organisationId={data.id}
        initialValues={valuesFromOrganisation(data)}
        submitLabel={t('common:actions.save')}
        onSubmit={async (input) => {
          const saved = await update.mutateAsync(input);
          toast.showSuccess(t('updated', { name: saved.name }));
        }}
        onCancel={() => void navigate({ to: '/organisations' })}
      />
    </>
  );
}

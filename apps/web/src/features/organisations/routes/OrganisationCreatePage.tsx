import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/PageHeader';
import { useToast } from '../../../components/ui/Toast';
import { useCreateOrganisation } from '../api/create-organisation';
import { OrganisationForm } from '../components/OrganisationForm';
import { emptyOrganisationValues } from '../components/organisation-form';

export function OrganisationCreatePage() {
  const { t } = useTranslation('organisations');
  const navigate = useNavigate();
  const toast = useToast();
  const create = useCreateOrganisation();

  return (
    <>
      <PageHeader title={t('createTitle')} />
      <OrganisationForm
        initialValues={emptyOrganisationValues}
        submitLabel={t('createSubmit')}
        onSubmit={async (input) => {
          const organisation = await create.mutateAsync(input);
          toast.showSuccess(t('created', { name: organisation.name }));
          await navigate({ to: '/organisations' });
        }}
        onCancel={() => void navigate({ to: '/organisations' })}
      />
    </>
  );
}

import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/PageHeader';
import { useToast } from '../../../components/ui/Toast';
import { useCreatePerson } from '../api/create-person';
import { PersonForm } from '../components/PersonForm';
import { emptyPersonValues } from '../components/person-form';

export function PersonCreatePage() {
  const { t } = useTranslation('people');
  const navigate = useNavigate();
  const toast = useToast();
  const create = useCreatePerson();

  return (
    <>
      <PageHeader title={t('createTitle')} subtitle={t('createSubtitle')} />
      <PersonForm
        initialValues={emptyPersonValues}
        submitLabel={t('createSubmit')}
        onSubmit={async (input) => {
          const person = await create.mutateAsync(input);
          toast.showSuccess(t('created', { name: person.fullName }));
          await navigate({ to: '/people' });
        }}
        onCancel={() => void navigate({ to: '/people' })}
      />
    </>
  );
}

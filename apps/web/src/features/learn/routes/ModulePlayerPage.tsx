import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { useSession } from '../../../lib/session';
import { moduleQueryOptions } from '../api/get-module';
import { ModulePlayer } from '../components/ModulePlayer';

const routeApi = getRouteApi('/learn/modules/$moduleId');

export function ModulePlayerPage() {
  const { t } = useTranslation('learn');
  const { moduleId } = routeApi.useParams();
  const session = useSession();
  const module = useQuery(moduleQueryOptions(moduleId));

  if (module.isPending) return <Loading />;
  if (module.isError) {
    return (
      <div className="learn-stack">
        <ErrorAlert error={module.error} />
        <Link to="/learn" className="button button--primary button--block">
          {t('player.exit')}
        </Link>
      </div>
    );
  }
  // Keyed by module: opening another module starts a fresh player.
  return <ModulePlayer key={module.data.id} module={module.data} personId={session.person.id} />;
}

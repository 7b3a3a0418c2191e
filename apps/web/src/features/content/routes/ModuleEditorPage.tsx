import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { authoringModuleQueryOptions } from '../api/get-authoring-module';
import { ModuleStatusBadge } from '../components/badges';
import { ModuleEditor } from '../components/ModuleEditor';
import { MODULE_ID_MAX, MODULE_ID_PATTERN } from '../components/module-template';

const routeApi = getRouteApi('/_console/content/modules/$moduleId');

export function ModuleEditorPage() {
  const { t } = useTranslation('content');
  const { moduleId } = routeApi.useParams();
  const validId = MODULE_ID_PATTERN.test(moduleId) && moduleId.length <= MODULE_ID_MAX;
  const query = useQuery({ ...authoringModuleQueryOptions(moduleId), enabled: validId });

  const breadcrumb = (
    <nav className="breadcrumb" aria-label={t('framework.breadcrumb')}>
      <ol>
        <li>
          <Link to="/content/modules">{t('editor.breadcrumbModules')}</Link>
        </li>
        <li aria-current="page" className="mono">
          {moduleId}
        </li>
      </ol>
    </nav>
  );

  if (!validId) {
    return (
      <>
        {breadcrumb}
        <Alert tone="error">{t('editor.invalidId')}</Alert>
      </>
    );
  }
  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <>
        {breadcrumb}
        <ErrorAlert error={query.error} />
      </>
    );
  }
  const module = query.data;
  const published = module?.version != null;

  return (
    <>
      {breadcrumb}
      <PageHeader
        title={module?.title ?? moduleId}
        subtitle={
          <span className="module-subtitle">
            <span>{t('editor.subtitleId', { id: moduleId })}</span>
            <span>
              {published
                ? t('editor.subtitleVersion', { version: module?.version })
                : t('editor.subtitleNew')}
            </span>
            <ModuleStatusBadge status={module?.draft?.status ?? null} published={published} />
          </span>
        }
      />
      {/* A new id is a new workspace: never carry the text of one module into another. */}
      <ModuleEditor key={moduleId} moduleId={moduleId} module={module} />
    </>
  );
}

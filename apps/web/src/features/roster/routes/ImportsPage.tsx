import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../../../components/ui/ChoiceGroup';
import { PageHeader } from '../../../components/ui/PageHeader';
import { useSession } from '../../../lib/session';
import { ImportResult } from '../components/ImportResult';
import { kindsFor } from '../components/kinds';
import { RecentImports } from '../components/RecentImports';
import { TemplateLinks } from '../components/TemplateLinks';
import { UploadForm } from '../components/UploadForm';
import '../../../styles/roster.css';

const routeApi = getRouteApi('/_console/imports');

/** Roster import: choose the kind, get the template, send the file, follow the job, fix the rows. */
export function ImportsPage() {
  const { t } = useTranslation('roster');
  const session = useSession();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const kinds = kindsFor(session);
  const kind = search.kind && kinds.includes(search.kind) ? search.kind : kinds[0];
  const show = (job: string) => void navigate({ search: (prev) => ({ ...prev, job }) });

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <div className="import-page">
        {kind ? (
          <>
            <div className="card">
              <RadioGroup
                legend={t('kinds.legend')}
                name="kind"
                options={kinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
                value={kind}
                onValueChange={(k) =>
                  void navigate({ search: (prev) => ({ ...prev, kind: k as typeof kind }) })
                }
              />
            </div>
            <TemplateLinks kind={kind} />
            <UploadForm kind={kind} onStarted={(job) => show(job.id)} />
          </>
        ) : null}
        {search.job ? <ImportResult key={search.job} id={search.job} /> : null}
        <RecentImports current={search.job} onOpen={show} />
      </div>
    </>
  );
}

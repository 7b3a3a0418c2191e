import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useRouterState } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { formatNumber } from '../../../lib/format';
import { frameworkQueryOptions } from '../api/get-framework';
import type { Framework } from '../api/types';
import { AttainmentTable } from '../components/AttainmentTable';
import { VerificationBadge } from '../components/badges';
import { CompetenceItem } from '../components/CompetenceItem';
import { FrameworkSource } from '../components/FrameworkSource';
import { competenceAnchor, draftItemCount, hasDraft } from '../components/framework-ids';
import { LevelsTable } from '../components/LevelsTable';
import { localizedName } from '../components/localized';

const routeApi = getRouteApi('/_console/content/frameworks/$frameworkId');

export function FrameworkDetailPage() {
  const { frameworkId } = routeApi.useParams();
  const framework = useQuery(frameworkQueryOptions(frameworkId));
  if (framework.isPending) return <Loading />;
  if (framework.isError) return <ErrorAlert error={framework.error} />;
  return <FrameworkView key={framework.data.id} framework={framework.data} />;
}

function FrameworkView({ framework }: { framework: Framework }) {
  const { t, i18n } = useTranslation('content');
  const language = i18n.resolvedLanguage ?? 'vi';
  const hash = useRouterState({ select: (state) => state.location.hash });
  const competences = useMemo(() => framework.areas.flatMap((area) => area.competences), [framework]);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [onlyDrafts, setOnlyDrafts] = useState(false);
  const levels = framework.levels ?? [];

  // A link from another framework (#competence-…) opens that competence and scrolls to it.
  useEffect(() => {
    const target = competences.find((c) => competenceAnchor(c.id) === hash);
    if (!target) return;
    setOpen((current) => new Set(current).add(target.id));
    requestAnimationFrame(() => {
      const element = document.getElementById(hash);
      element?.scrollIntoView({ block: 'start' });
      element?.querySelector('summary')?.focus({ preventScroll: true });
    });
  }, [hash, competences]);

  const toggle = (id: string, next: boolean) =>
    setOpen((current) => {
      const copy = new Set(current);
      if (next) copy.add(id);
      else copy.delete(id);
      return copy;
    });

  const name = localizedName(framework.name, framework.nameEn, language);
  const otherName = name === framework.name ? framework.nameEn : framework.name;

  return (
    <>
      <nav className="breadcrumb" aria-label={t('framework.breadcrumb')}>
        <ol>
          <li>
            <Link to="/content/frameworks">{t('frameworks.title')}</Link>
          </li>
          <li aria-current="page">{framework.id}</li>
        </ol>
      </nav>
      <PageHeader title={name} subtitle={otherName ?? undefined} />
      <dl className="facts card">
        <div>
          <dt>{t('framework.facts.id')}</dt>
          <dd className="mono">{framework.id}</dd>
        </div>
        <div>
          <dt>{t('framework.facts.version')}</dt>
          <dd>{framework.version}</dd>
        </div>
        <div>
          <dt>{t('framework.facts.kind')}</dt>
          <dd>{t(`kind.${framework.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('framework.facts.competences')}</dt>
          <dd>{formatNumber(competences.length)}</dd>
        </div>
        <div>
          <dt>{t('framework.facts.drafts')}</dt>
          <dd>{formatNumber(draftItemCount(competences))}</dd>
        </div>
      </dl>
      <FrameworkSource source={framework.source} />
      <LevelsTable levels={levels} />
      <AttainmentTable frameworkId={framework.id} rules={framework.attainment} />

      <section aria-labelledby="areas-title">
        <h2 id="areas-title" className="section-title">
          {t('framework.areas.title')}
        </h2>
        <div className="areas-toolbar">
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setOpen(new Set(competences.map((c) => c.id)))}
          >
            {t('framework.areas.expandAll')}
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setOpen(new Set())}
          >
            {t('framework.areas.collapseAll')}
          </button>
          <label className="choice">
            <input
              type="checkbox"
              checked={onlyDrafts}
              onChange={(event) => setOnlyDrafts(event.target.checked)}
            />
            <span>{t('framework.areas.onlyDrafts')}</span>
          </label>
        </div>
        {framework.areas.map((area) => {
          const shown = onlyDrafts ? area.competences.filter(hasDraft) : area.competences;
          return (
            <section key={area.code} className="area" aria-labelledby={`area-${area.code}`}>
              <h3 id={`area-${area.code}`} className="area__title">
                <span className="area__code mono">{area.code}</span>
                <span>{localizedName(area.name, area.nameEn, language)}</span>
                <VerificationBadge status={area.status} />
              </h3>
              <p className="area__count muted">
                {t('framework.areas.competenceCount', {
                  count: area.competences.length,
                  value: formatNumber(area.competences.length),
                })}
              </p>
              {shown.length === 0 ? (
                <p className="muted">{t('framework.areas.noneMatching')}</p>
              ) : (
                <div className="competences">
                  {shown.map((competence) => (
                    <CompetenceItem
                      key={competence.id}
                      competence={competence}
                      levels={levels}
                      open={open.has(competence.id)}
                      onOpenChange={(next) => toggle(competence.id, next)}
                    />
                  ))}
                </div>
              )}
            </section>
          );
        })}
      </section>
    </>
  );
}

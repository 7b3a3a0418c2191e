// "Mô hình lan tỏa": reach per generation (cards and a table), the core members' "mở 2–3 lớp"
// status, community teams' totals, the cascade as a sunburst (or as a table), and the figures per
// commune with an export.
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { ExportLinks } from '../../../components/ui/ExportLinks';
import { Loading } from '../../../components/ui/Loading';
import { formatNumber, formatPercent } from '../../../lib/format';
import { cascadeFileUrl, cascadeQueryOptions } from '../api/get-cascade';
import type { Cascade } from '../api/types';

// ECharts loads only when the chart is shown.
const CascadeChart = lazy(() => import('./CascadeChart').then((m) => ({ default: m.CascadeChart })));

export function CascadePanel() {
  const { t } = useTranslation('network');
  const cascade = useQuery(cascadeQueryOptions());
  if (cascade.isPending) return <Loading />;
  if (cascade.error) return <ErrorAlert error={cascade.error} />;
  const c = cascade.data;
  return (
    <div className="network-panel">
      <p className="muted">{t('cascade.intro', { name: c.unit.name })}</p>
      <Generations c={c} />
      <div className="network-figures">
        <CoreStatus c={c} />
        <section className="card network-card" aria-labelledby="teams-totals">
          <h2 id="teams-totals" className="section-title">
            {t('cascade.teamsTitle')}
          </h2>
          <dl className="network-facts">
            <dt>{t('cascade.teams')}</dt>
            <dd>{formatNumber(c.teams.teams)}</dd>
            <dt>{t('cascade.members')}</dt>
            <dd>{formatNumber(c.teams.members)}</dd>
            <dt>{t('cascade.classes')}</dt>
            <dd>{formatNumber(c.teams.classes)}</dd>
            <dt>{t('cascade.learners')}</dt>
            <dd>{formatNumber(c.teams.learners)}</dd>
          </dl>
        </section>
      </div>
      <section className="network-section">
        <Suspense fallback={<Loading />}>
          <CascadeChart tree={c.tree} />
        </Suspense>
      </section>
      <Communes c={c} />
    </div>
  );
}

function Generations({ c }: { c: Cascade }) {
  const { t } = useTranslation('network');
  const name = (g: Cascade['generations'][number]) =>
    g.generation === null
      ? t('cascade.outside')
      : t('cascade.generation', { n: g.generation, tier: t(`tier.${g.tier}`) });
  return (
    <section className="network-section" aria-labelledby="generations-title">
      <h2 id="generations-title" className="section-title">
        {t('cascade.generationsTitle')}
      </h2>
      {c.generations.length === 0 ? <p className="empty">{t('cascade.empty')}</p> : null}
      <ul className="network-cards">
        {c.generations.map((g) => (
          <li key={String(g.generation)} className="card network-card">
            <h3 className="network-card__title">{name(g)}</h3>
            <dl className="network-facts">
              <dt>{t('cascade.trainers')}</dt>
              <dd>{formatNumber(g.trainers)}</dd>
              <dt>{t('cascade.classes')}</dt>
              <dd>{formatNumber(g.classes)}</dd>
              <dt>{t('cascade.learners')}</dt>
              <dd>{formatNumber(g.learners)}</dd>
              <dt>{t('cascade.completed')}</dt>
              <dd>
                {formatNumber(g.completed)} ({formatPercent(g.completionRate)})
              </dd>
              <dt>{t('cascade.communesReached')}</dt>
              <dd>{formatNumber(g.communesReached)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CoreStatus({ c }: { c: Cascade }) {
  const { t } = useTranslation('network');
  return (
    <section className="card network-card" aria-labelledby="core-status">
      <h2 id="core-status" className="section-title">
        {t('cascade.coreTitle')}
      </h2>
      <p className="muted">{t('cascade.coreIntro', { total: formatNumber(c.core.total) })}</p>
      <dl className="network-facts">
        {(['met', 'one', 'none'] as const).map((k) => (
          <div key={k} className="network-facts__row">
            <dt>
              <span className={`badge network-status network-status--${k}`}>{t(`coreStatus.${k}`)}</span>
            </dt>
            <dd>{formatNumber(c.core[k])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Communes shown before "show all": the busiest first (the server sorts by learners). */
const FIRST_COMMUNES = 15;

function Communes({ c }: { c: Cascade }) {
  const { t } = useTranslation('network');
  const [all, setAll] = useState(false);
  const shown = all ? c.communes : c.communes.slice(0, FIRST_COMMUNES);
  const cols = {
    name: t('communes.name'),
    trainers: t('cascade.trainers'),
    classes: t('cascade.classes'),
    learners: t('cascade.learners'),
    completed: t('cascade.completed'),
    support: t('communes.support'),
    teams: t('communes.teams'),
  };
  return (
    <section className="network-section" aria-labelledby="communes-title">
      <div className="network-section__head">
        <h2 id="communes-title" className="section-title">
          {t('communes.title')}
        </h2>
        <ExportLinks href={cascadeFileUrl} context={t('communes.title')} />
      </div>
      <div className="table-wrap">
        <table className="table table--cards">
          <thead>
            <tr>
              <th scope="col">{cols.name}</th>
              <th scope="col" className="num">
                {cols.trainers}
              </th>
              <th scope="col" className="num">
                {cols.classes}
              </th>
              <th scope="col" className="num">
                {cols.learners}
              </th>
              <th scope="col" className="num">
                {cols.completed}
              </th>
              <th scope="col" className="num">
                {cols.support}
              </th>
              <th scope="col" className="num">
                {cols.teams}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((u) => (
              <tr key={u.unitId}>
                <th scope="row">{u.name}</th>
                <td className="num" data-label={cols.trainers}>
                  {formatNumber(u.trainers)}
                </td>
                <td className="num" data-label={cols.classes}>
                  {formatNumber(u.classes)}
                </td>
                <td className="num" data-label={cols.learners}>
                  {formatNumber(u.learners)}
                </td>
                <td className="num" data-label={cols.completed}>
                  {formatNumber(u.completed)}
                </td>
                <td className="num" data-label={cols.support}>
                  {u.supportPersons === 0 ? (
                    <span className="badge network-status network-status--none">
                      {t('communes.noSupport')}
                    </span>
                  ) : (
                    formatNumber(u.supportPersons)
                  )}
                </td>
                <td className="num" data-label={cols.teams}>
                  {formatNumber(u.teams)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {c.communes.length > FIRST_COMMUNES ? (
        <button type="button" className="button button--secondary button--small" onClick={() => setAll(!all)}>
          {all
            ? t('communes.showFewer', { n: FIRST_COMMUNES })
            : t('communes.showAll', { n: formatNumber(c.communes.length) })}
        </button>
      ) : null}
    </section>
  );
}

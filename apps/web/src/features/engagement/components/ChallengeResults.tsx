// One challenge's results: how many learners completed it, the learners (a page, filtered, as a
// file too) and, for a contest, the places below ranked by the share of their learners who did.
// A challenge not announced yet can be cancelled by an officer of its place.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { ExportLinks } from '../../../components/ui/ExportLinks';
import { Loading } from '../../../components/ui/Loading';
import { Pagination } from '../../../components/ui/Pagination';
import { SelectField } from '../../../components/ui/SelectField';
import { formatIsoDay, formatNumber, formatPercent } from '../../../lib/format';
import { useCancelChallenge } from '../api/cancel-challenge';
import {
  challengeResultsFileUrl,
  challengeResultsQueryOptions,
  RESULTS_PAGE_SIZE,
} from '../api/get-challenge-results';
import { programmesQueryOptions } from '../api/list-programmes';
import type { ChallengeResults as Results } from '../api/types';
import { goalText } from './labels';

type DoneFilter = '' | 'true' | 'false';

export function ChallengeResults({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation('engagement');
  const [page, setPage] = useState(1);
  const [done, setDone] = useState<DoneFilter>('');
  const results = useQuery(challengeResultsQueryOptions(id, { page, done: done || undefined }));
  const programmes = useQuery(programmesQueryOptions);
  const heading = useRef<HTMLHeadingElement>(null);

  // Opened from the list (or another challenge picked): take the reader to the results.
  const loaded = results.data?.challenge.id;
  useEffect(() => {
    if (!loaded) return;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start' });
  }, [loaded]);

  if (results.isPending) return <Loading />;
  if (results.error) return <ErrorAlert error={results.error} />;
  const r = results.data;
  const c = r.challenge;
  return (
    <section className="engagement-results" aria-labelledby="challenge-results-title">
      <div className="engagement-results__head">
        <h2 id="challenge-results-title" className="section-title" tabIndex={-1} ref={heading}>
          {t('results.title', { title: c.title })}
        </h2>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          {t('results.close')}
        </button>
      </div>
      <dl className="engagement-facts">
        <div>
          <dt>{t('list.place')}</dt>
          <dd>{c.place.name}</dd>
        </div>
        <div>
          <dt>{t('list.period')}</dt>
          <dd>{t('list.dates', { from: formatIsoDay(c.startsOn), to: formatIsoDay(c.endsOn) })}</dd>
        </div>
        <div>
          <dt>{t('list.goal')}</dt>
          <dd>{goalText(t, c.goal, programmes.data?.programmes)}</dd>
        </div>
        <div>
          <dt>{t('list.status')}</dt>
          <dd>{c.closedAt ? t('status.closed') : t(`status.${c.status}`)}</dd>
        </div>
      </dl>
      {c.description ? <p>{c.description}</p> : null}
      {r.restricted ? <Alert tone="info">{t('results.restricted')}</Alert> : null}
      <p className="engagement-summary">
        {t('results.summary', {
          done: formatNumber(r.summary.done),
          participants: formatNumber(r.summary.participants),
        })}
      </p>
      {c.contest && r.contest ? <ContestTable id={id} results={r} /> : null}
      <h3 className="monitoring-subtitle engagement-subtitle">{t('results.participants')}</h3>
      <div className="engagement-toolbar">
        <SelectField
          label={t('results.filter')}
          value={done}
          onValueChange={(v) => {
            setDone(v as DoneFilter);
            setPage(1);
          }}
          options={[
            { value: '', label: t('results.filterAll') },
            { value: 'true', label: t('results.filterDone') },
            { value: 'false', label: t('results.filterNotDone') },
          ]}
        />
        <ExportLinks
          href={(format) => challengeResultsFileUrl(id, format, 'participants', done || undefined)}
          context={t('results.participants')}
        />
      </div>
      <ParticipantsTable results={r} />
      <Pagination page={page} pageSize={RESULTS_PAGE_SIZE} total={r.total} onPageChange={setPage} />
      {c.manageable && !c.closedAt ? <CancelChallenge id={id} onCancelled={onClose} /> : null}
    </section>
  );
}

function ParticipantsTable({ results: r }: { results: Results }) {
  const { t } = useTranslation('engagement');
  if (r.items.length === 0) return <p className="empty">{t('results.empty')}</p>;
  const offset = (r.page - 1) * r.pageSize;
  const unit = t(`goal.unit.${r.challenge.goal.kind}`);
  return (
    <div className="table-wrap">
      <table className="table table--cards">
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('table.stt')}
            </th>
            <th scope="col">{t('table.name')}</th>
            <th scope="col">{t('table.unit')}</th>
            <th scope="col">{t('table.organisation')}</th>
            <th scope="col" className="num">
              {t('results.value', { unit })}
            </th>
            <th scope="col">{t('results.done')}</th>
          </tr>
        </thead>
        <tbody>
          {r.items.map((p, i) => (
            <tr key={p.personId}>
              <td className="num" data-label={t('table.stt')}>
                {formatNumber(offset + i + 1)}
              </td>
              <td className="table__primary" data-label={t('table.name')}>
                {p.name}
              </td>
              <td data-label={t('table.unit')}>{p.unitName}</td>
              <td data-label={t('table.organisation')}>{p.organisationName}</td>
              <td className="num" data-label={t('results.value', { unit })}>
                {t('results.valueOf', {
                  value: formatNumber(p.value),
                  target: formatNumber(r.challenge.target),
                })}
              </td>
              <td data-label={t('results.done')}>
                <span className={`tag${p.done ? ' tag--done' : ''}`}>
                  {p.done ? t('results.yes') : t('results.no')}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ContestTable({ id, results: r }: { id: string; results: Results }) {
  const { t } = useTranslation('engagement');
  const kind = r.contest?.kind ?? 'unit';
  const items = r.contest?.items ?? [];
  const ranked = items.filter((s) => s.rank !== null);
  const without = items.length - ranked.length;
  return (
    <>
      <h3 className="monitoring-subtitle engagement-subtitle">{t(`results.contest.${kind}`)}</h3>
      <div className="engagement-toolbar">
        <p className="muted">{t('results.contest.rule')}</p>
        <ExportLinks
          href={(format) => challengeResultsFileUrl(id, format, 'contest')}
          context={t(`results.contest.${kind}`)}
        />
      </div>
      {ranked.length ? (
        <div className="table-wrap">
          <table className="table table--cards">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('table.rank')}
                </th>
                <th scope="col">{t(kind === 'unit' ? 'table.unit' : 'table.organisation')}</th>
                <th scope="col" className="num">
                  {t('results.contest.learners')}
                </th>
                <th scope="col" className="num">
                  {t('results.contest.done')}
                </th>
                <th scope="col" className="num">
                  {t('results.contest.share')}
                </th>
              </tr>
            </thead>
            <tbody>
              {ranked.map((s) => (
                <tr key={s.id}>
                  <td className="num" data-label={t('table.rank')}>
                    {s.rank}
                  </td>
                  <td
                    className="table__primary"
                    data-label={t(kind === 'unit' ? 'table.unit' : 'table.organisation')}
                  >
                    {s.name}
                  </td>
                  <td className="num" data-label={t('results.contest.learners')}>
                    {formatNumber(s.learners)}
                  </td>
                  <td className="num" data-label={t('results.contest.done')}>
                    {formatNumber(s.done)}
                  </td>
                  <td className="num" data-label={t('results.contest.share')}>
                    {formatPercent(s.share)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="empty">{t('results.contest.empty')}</p>
      )}
      {without > 0 ? <p className="muted">{t('results.contest.without', { count: without })}</p> : null}
    </>
  );
}

function CancelChallenge({ id, onCancelled }: { id: string; onCancelled: () => void }) {
  const { t } = useTranslation('engagement');
  const cancel = useCancelChallenge();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="engagement-cancel">
      {confirming ? (
        <>
          <p>{t('results.cancelConfirm')}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button button--danger"
              disabled={cancel.isPending}
              onClick={() => cancel.mutate(id, { onSuccess: onCancelled })}
            >
              {t('results.cancelYes')}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setConfirming(false)}>
              {t('results.cancelNo')}
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          {t('results.cancel')}
        </button>
      )}
      <ErrorAlert error={cancel.error} />
    </div>
  );
}

// "Thử thách": the challenges of my scope (and those set above it), a form to set one, and the
// results of the one opened (its id is in the URL, so the view can be shared).
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { SelectField } from '../../../components/ui/SelectField';
import { formatIsoDay } from '../../../lib/format';
import { hasPermission, useSession } from '../../../lib/session';
import { type ChallengeFilter, challengesQueryOptions } from '../api/list-challenges';
import { programmesQueryOptions } from '../api/list-programmes';
import type { Challenge } from '../api/types';
import { ChallengeForm } from './ChallengeForm';
import { ChallengeResults } from './ChallengeResults';
import { goalText } from './labels';

interface Props {
  status: ChallengeFilter;
  open: string | undefined;
  onStatus: (status: ChallengeFilter) => void;
  onOpen: (id: string | undefined) => void;
}

export function ChallengesPanel({ status, open, onStatus, onOpen }: Props) {
  const { t } = useTranslation('engagement');
  const session = useSession();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const list = useQuery(challengesQueryOptions(status));
  const canCreate = hasPermission(session, 'engagement.manage');

  return (
    <div className="engagement-panel">
      <div className="engagement-toolbar">
        <SelectField
          label={t('list.filter')}
          value={status}
          onValueChange={(v) => onStatus(v as ChallengeFilter)}
          options={(['all', 'active', 'upcoming', 'ended'] as const).map((s) => ({
            value: s,
            label: t(`list.filters.${s}`),
          }))}
        />
        {canCreate && !creating ? (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('list.create')}
          </button>
        ) : null}
      </div>
      {creating ? (
        <ChallengeForm
          onCancel={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false);
            setCreated(c.title);
            onOpen(c.id);
          }}
        />
      ) : null}
      {created ? <Alert tone="success">{t('form.created', { title: created })}</Alert> : null}
      {list.isPending ? <Loading /> : null}
      <ErrorAlert error={list.error} />
      {list.data ? <ChallengeTable items={list.data.items} open={open} onOpen={onOpen} /> : null}
      {open ? <ChallengeResults key={open} id={open} onClose={() => onOpen(undefined)} /> : null}
    </div>
  );
}

function ChallengeTable({
  items,
  open,
  onOpen,
}: {
  items: Challenge[];
  open: string | undefined;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation('engagement');
  const programmes = useQuery(programmesQueryOptions);
  if (items.length === 0) return <p className="empty">{t('list.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table table--cards">
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.name')}</th>
            <th scope="col">{t('list.place')}</th>
            <th scope="col">{t('list.period')}</th>
            <th scope="col">{t('list.goal')}</th>
            <th scope="col">{t('list.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('list.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id} aria-current={c.id === open ? 'true' : undefined}>
              <td className="table__primary" data-label={t('list.name')}>
                {c.title}
                {c.contest ? <span className="tag engagement-tag">{t('list.contest')}</span> : null}
                {!c.manageable ? <span className="table__sub">{t('list.setAbove')}</span> : null}
              </td>
              <td data-label={t('list.place')}>{c.place.name}</td>
              <td data-label={t('list.period')}>
                {t('list.dates', { from: formatIsoDay(c.startsOn), to: formatIsoDay(c.endsOn) })}
              </td>
              <td data-label={t('list.goal')}>{goalText(t, c.goal, programmes.data?.programmes)}</td>
              <td data-label={t('list.status')}>
                <span
                  className={`tag engagement-status engagement-status--${c.closedAt ? 'closed' : c.status}`}
                >
                  {c.closedAt ? t('status.closed') : t(`status.${c.status}`)}
                </span>
              </td>
              <td data-label={t('list.actions')}>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => onOpen(c.id)}
                  aria-label={t('list.openNamed', { title: c.title })}
                >
                  {t('list.open')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

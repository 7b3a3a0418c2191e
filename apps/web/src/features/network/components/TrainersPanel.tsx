// "Giảng viên": the trainer register of my scope (tier filter, name search, the core members'
// "mở 2–3 lớp" badge, export), the form that appoints a person as a trainer, and per row a tier
// change or removal.
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PickedUnit, UnitPicker } from '../../../components/pickers/UnitPicker';
import { ErrorAlert } from '../../../components/ui/Alert';
import { ExportLinks } from '../../../components/ui/ExportLinks';
import { Loading } from '../../../components/ui/Loading';
import { Pagination } from '../../../components/ui/Pagination';
import { SearchBox } from '../../../components/ui/SearchBox';
import { SelectField } from '../../../components/ui/SelectField';
import { useToast } from '../../../components/ui/Toast';
import { formatNumber } from '../../../lib/format';
import { TRAINER_PAGE_SIZE, trainersFileUrl, trainersQueryOptions } from '../api/list-trainers';
import { useAppointTrainer, useChangeTier, useRemoveTrainer } from '../api/manage-trainers';
import { supportQueryOptions } from '../api/support';
import { teamsQueryOptions } from '../api/teams';
import type { CoreStatus, Trainer, TrainerFilter, TrainerTier } from '../api/types';
import { PersonPicker, type PickedPerson } from './PersonPicker';

const TIERS: TrainerTier[] = ['provincial', 'core', 'community'];

export function TrainersPanel() {
  const { t } = useTranslation('network');
  const [filter, setFilter] = useState<TrainerFilter>({ page: 1 });
  const [appointing, setAppointing] = useState(false);
  const list = useQuery(trainersQueryOptions(filter));
  // The communes of my scope (an organisation officer has none: the filter hides).
  const places = useQuery({ ...supportQueryOptions(), retry: false });
  const communes = [...(places.data?.communes ?? []), ...(places.data?.missing ?? [])]
    .map((c) => ({ value: String(c.unitId), label: c.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  const { page: _page, ...exportFilter } = filter;
  return (
    <div className="network-panel">
      <div className="network-toolbar">
        <SearchBox
          label={t('trainers.search')}
          value={filter.q ?? ''}
          onSearch={(q) => setFilter({ ...filter, q, page: 1 })}
        />
        <SelectField
          label={t('trainers.tier')}
          value={filter.tier ?? ''}
          placeholder={t('trainers.allTiers')}
          options={TIERS.map((v) => ({ value: v, label: t(`tier.${v}`) }))}
          onValueChange={(v) =>
            setFilter({ ...filter, tier: (v || undefined) as TrainerTier | undefined, page: 1 })
          }
        />
        {communes.length > 1 ? (
          <SelectField
            label={t('trainers.commune')}
            value={filter.unitId ? String(filter.unitId) : ''}
            placeholder={t('trainers.allCommunes')}
            options={communes}
            onValueChange={(v) => setFilter({ ...filter, unitId: v ? Number(v) : undefined, page: 1 })}
          />
        ) : null}
        <SelectField
          label={t('trainers.coreStatus')}
          value={filter.coreStatus ?? ''}
          placeholder={t('trainers.allStatuses')}
          options={(['met', 'one', 'none'] as const).map((v) => ({ value: v, label: t(`coreStatus.${v}`) }))}
          onValueChange={(v) =>
            setFilter({ ...filter, coreStatus: (v || undefined) as CoreStatus | undefined, page: 1 })
          }
        />
      </div>
      <div className="network-section__head">
        {appointing ? null : (
          <button type="button" className="button" onClick={() => setAppointing(true)}>
            {t('trainers.appoint')}
          </button>
        )}
        <ExportLinks href={(format) => trainersFileUrl(exportFilter, format)} context={t('trainers.title')} />
      </div>
      {appointing ? <AppointForm onDone={() => setAppointing(false)} /> : null}
      {list.isPending ? <Loading /> : null}
      <ErrorAlert error={list.error} />
      {list.data ? (
        <>
          <p className="muted" aria-live="polite">
            {t('trainers.count', { count: list.data.total, formatted: formatNumber(list.data.total) })}
          </p>
          <TrainerTable items={list.data.items} />
          <Pagination
            page={filter.page}
            pageSize={TRAINER_PAGE_SIZE}
            total={list.data.total}
            onPageChange={(page) => setFilter({ ...filter, page })}
          />
        </>
      ) : null}
    </div>
  );
}

function TrainerTable({ items }: { items: Trainer[] }) {
  const { t } = useTranslation('network');
  const change = useChangeTier();
  const remove = useRemoveTrainer();
  const cols = {
    name: t('trainers.name'),
    tier: t('trainers.tier'),
    unit: t('trainers.unit'),
    trainedBy: t('trainers.trainedBy'),
    classes: t('cascade.classes'),
    learners: t('cascade.learners'),
    status: t('trainers.coreStatus'),
    actions: t('trainers.actions'),
  };
  if (items.length === 0) return <p className="empty">{t('trainers.empty')}</p>;
  return (
    <>
      <ErrorAlert error={change.error ?? remove.error} />
      <div className="table-wrap">
        <table className="table table--cards">
          <thead>
            <tr>
              <th scope="col">{cols.name}</th>
              <th scope="col">{cols.tier}</th>
              <th scope="col">{cols.unit}</th>
              <th scope="col">{cols.trainedBy}</th>
              <th scope="col" className="num">
                {cols.classes}
              </th>
              <th scope="col" className="num">
                {cols.learners}
              </th>
              <th scope="col">{cols.status}</th>
              <th scope="col">{cols.actions}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((tr) => (
              <tr key={tr.personId}>
                <th scope="row">{tr.name}</th>
                <td data-label={cols.tier}>
                  {t(`tier.${tr.tier}`)} · {t('trainers.gen', { n: tr.generation })}
                </td>
                <td data-label={cols.unit}>
                  {tr.unitName}
                  {tr.teamName ? <span className="muted"> · {tr.teamName}</span> : null}
                </td>
                <td data-label={cols.trainedBy}>{tr.trainedByName ?? '—'}</td>
                <td className="num" data-label={cols.classes}>
                  {formatNumber(tr.classesOpened)}
                </td>
                <td className="num" data-label={cols.learners}>
                  {formatNumber(tr.learnersReached)}
                </td>
                <td data-label={cols.status}>
                  {tr.coreStatus ? (
                    <span className={`badge network-status network-status--${tr.coreStatus}`}>
                      {t(`coreStatus.${tr.coreStatus}`)}
                    </span>
                  ) : (
                    '—'
                  )}
                </td>
                <td data-label={cols.actions}>
                  <div className="network-actions">
                    <label className="visually-hidden" htmlFor={`tier-${tr.personId}`}>
                      {t('trainers.changeTier', { name: tr.name })}
                    </label>
                    <select
                      id={`tier-${tr.personId}`}
                      className="input select input--small"
                      value={tr.tier}
                      disabled={change.isPending}
                      onChange={(e) =>
                        change.mutate({ personId: tr.personId, tier: e.target.value as TrainerTier })
                      }
                    >
                      {TIERS.map((v) => (
                        <option key={v} value={v}>
                          {t(`tier.${v}`)}
                        </option>
                      ))}
                    </select>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={remove.isPending}
                      onClick={() => {
                        if (window.confirm(t('trainers.confirmRemove', { name: tr.name })))
                          remove.mutate(tr.personId);
                      }}
                    >
                      {t('trainers.remove')}
                      <span className="visually-hidden"> {tr.name}</span>
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function AppointForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('network');
  const toast = useToast();
  const appoint = useAppointTrainer();
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [trainedBy, setTrainedBy] = useState<PickedPerson | null>(null);
  const [tier, setTier] = useState<TrainerTier>('core');
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [teamId, setTeamId] = useState('');
  const teams = useQuery({ ...teamsQueryOptions(), retry: false });
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!person) {
      setError(t('trainers.form.personRequired'));
      return;
    }
    appoint.mutate(
      {
        personId: person.id,
        tier,
        ...(unit ? { unitId: unit.id } : {}),
        ...(teamId ? { teamId } : {}),
        ...(trainedBy ? { trainedBy: trainedBy.id } : {}),
      },
      {
        onSuccess: () => {
          toast.showSuccess(t('trainers.form.done', { name: person.label }));
          onDone();
        },
      },
    );
  };
  return (
    <section className="card network-form" aria-labelledby="appoint-title">
      <h2 id="appoint-title" className="section-title">
        {t('trainers.form.title')}
      </h2>
      <p className="muted">{t('trainers.form.intro')}</p>
      <form onSubmit={submit} noValidate className="form-grid">
        <PersonPicker
          label={t('trainers.form.person')}
          value={person}
          onChange={(p) => {
            setPerson(p);
            setError(undefined);
          }}
          required
          error={error}
        />
        <SelectField
          label={t('trainers.tier')}
          value={tier}
          options={TIERS.map((v) => ({ value: v, label: t(`tier.${v}`) }))}
          onValueChange={(v) => setTier(v as TrainerTier)}
          required
        />
        <UnitPicker
          label={t('trainers.form.unit')}
          hint={t('trainers.form.unitHint')}
          value={unit}
          onChange={setUnit}
        />
        {teams.data?.items.length ? (
          <SelectField
            label={t('trainers.form.team')}
            value={teamId}
            placeholder={t('trainers.form.noTeam')}
            options={teams.data.items.map((tm) => ({ value: tm.id, label: `${tm.name} (${tm.unitName})` }))}
            onValueChange={setTeamId}
          />
        ) : null}
        {tier === 'provincial' ? null : (
          <PersonPicker label={t('trainers.form.trainedBy')} value={trainedBy} onChange={setTrainedBy} />
        )}
        <ErrorAlert error={appoint.error} />
        <div className="form-actions form-grid__wide">
          <button type="submit" className="button" disabled={appoint.isPending}>
            {t('trainers.form.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={onDone}>
            {t('common:actions.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

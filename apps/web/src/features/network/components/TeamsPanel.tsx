// "Tổ công nghệ số cộng đồng": the teams of my scope (members, leader, activities, classes), a form
// to create one for a commune, and one team opened: its members (add a person of the commune as
// member or leader, remove) and its activities (log one: day, kind, title, participants, notes).
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { TextField } from '../../../components/ui/Field';
import { Loading } from '../../../components/ui/Loading';
import { SelectField } from '../../../components/ui/SelectField';
import { useToast } from '../../../components/ui/Toast';
import { formatIsoDay, formatNumber } from '../../../lib/format';
import { supportQueryOptions } from '../api/support';
import { teamsQueryOptions, useCreateTeam } from '../api/teams';
import { TeamDetailView } from './TeamDetail';

export function TeamsPanel() {
  const { t } = useTranslation('network');
  const teams = useQuery(teamsQueryOptions());
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  if (open) return <TeamDetailView id={open} onBack={() => setOpen(null)} />;
  return (
    <div className="network-panel">
      <p className="muted">{t('teams.intro')}</p>
      {creating ? (
        <CreateTeamForm
          onDone={(id) => {
            setCreating(false);
            if (id) setOpen(id);
          }}
        />
      ) : (
        <button type="button" className="button" onClick={() => setCreating(true)}>
          {t('teams.create')}
        </button>
      )}
      {teams.isPending ? <Loading /> : null}
      <ErrorAlert error={teams.error} />
      {teams.data?.items.length === 0 ? <p className="empty">{t('teams.empty')}</p> : null}
      <ul className="network-cards network-cards--wide">
        {teams.data?.items.map((tm) => (
          <li key={tm.id} className="card network-card">
            <h3 className="network-card__title">{tm.name}</h3>
            <p className="muted">{tm.unitName}</p>
            <dl className="network-facts">
              <dt>{t('teams.members')}</dt>
              <dd>{formatNumber(tm.members)}</dd>
              <dt>{t('teams.leader')}</dt>
              <dd>{tm.leaderName ?? '—'}</dd>
              <dt>{t('teams.activities')}</dt>
              <dd>
                {formatNumber(tm.activities)}
                {tm.lastActivityOn ? ` (${t('teams.last', { date: formatIsoDay(tm.lastActivityOn) })})` : ''}
              </dd>
              <dt>{t('cascade.classes')}</dt>
              <dd>
                {formatNumber(tm.classes)} · {t('teams.learnersShort', { n: formatNumber(tm.learners) })}
              </dd>
            </dl>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setOpen(tm.id)}
            >
              {t('teams.open')}
              <span className="visually-hidden"> {tm.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function CreateTeamForm({ onDone }: { onDone: (id: string | null) => void }) {
  const { t } = useTranslation('network');
  const toast = useToast();
  const create = useCreateTeam();
  // The communes of my scope: those with support people and those without.
  const communes = useQuery(supportQueryOptions());
  const options = [...(communes.data?.communes ?? []), ...(communes.data?.missing ?? [])]
    .map((c) => ({ value: String(c.unitId), label: c.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  const [unitId, setUnitId] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<{ unit?: string; name?: string }>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      unit: unitId ? undefined : t('teams.form.unitRequired'),
      name: name.trim().length >= 3 ? undefined : t('teams.form.nameRequired'),
    };
    setErrors(found);
    if (found.unit || found.name) return;
    create.mutate(
      { unitId: Number(unitId), name: name.trim() },
      {
        onSuccess: (team) => {
          toast.showSuccess(t('teams.form.done', { name: team.name }));
          onDone(team.id);
        },
      },
    );
  };
  return (
    <section className="card network-form" aria-labelledby="team-form-title">
      <h2 id="team-form-title" className="section-title">
        {t('teams.form.title')}
      </h2>
      <form onSubmit={submit} noValidate className="form-grid">
        <SelectField
          label={t('teams.form.unit')}
          value={unitId}
          placeholder={t('teams.form.unitPlaceholder')}
          options={options}
          onValueChange={setUnitId}
          required
          error={errors.unit}
        />
        <TextField
          label={t('teams.form.name')}
          value={name}
          onValueChange={setName}
          placeholder={t('teams.form.namePlaceholder')}
          required
          maxLength={200}
          error={errors.name}
        />
        <ErrorAlert error={create.error} />
        <div className="form-actions form-grid__wide">
          <button type="submit" className="button" disabled={create.isPending}>
            {t('teams.form.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
            {t('common:actions.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

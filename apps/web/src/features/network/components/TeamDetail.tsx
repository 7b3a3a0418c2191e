// One community team: its members (add a person of the commune as member or leader, remove) and
// its activities (log one, remove one).
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { TextField } from '../../../components/ui/Field';
import { Loading } from '../../../components/ui/Loading';
import { SelectField } from '../../../components/ui/SelectField';
import { useToast } from '../../../components/ui/Toast';
import { formatDate, formatIsoDay, formatNumber, parseDisplayDay } from '../../../lib/format';
import {
  teamQueryOptions,
  useAddMember,
  useDeleteTeam,
  useLogActivity,
  useRemoveActivity,
  useRemoveMember,
} from '../api/teams';
import type { ActivityKind, TeamDetail } from '../api/types';
import { PersonPicker, type PickedPerson } from './PersonPicker';

const KINDS: ActivityKind[] = ['support', 'communication', 'class', 'other'];

export function TeamDetailView({ id, onBack }: { id: string; onBack: () => void }) {
  const { t } = useTranslation('network');
  const team = useQuery(teamQueryOptions(id));
  const remove = useDeleteTeam(onBack);
  return (
    <div className="network-panel">
      <button type="button" className="button button--secondary button--small" onClick={onBack}>
        {t('teams.back')}
      </button>
      {team.isPending ? <Loading /> : null}
      <ErrorAlert error={team.error ?? remove.error} />
      {team.data ? (
        <>
          <h2 className="section-title">{team.data.name}</h2>
          <p className="muted">{team.data.unitName}</p>
          <Members team={team.data} />
          <Activities team={team.data} />
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              if (window.confirm(t('teams.confirmDelete', { name: team.data.name }))) remove.mutate(id);
            }}
          >
            {t('teams.delete')}
          </button>
        </>
      ) : null}
    </div>
  );
}

function Members({ team }: { team: TeamDetail }) {
  const { t } = useTranslation('network');
  const add = useAddMember(team.id);
  const remove = useRemoveMember(team.id);
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [role, setRole] = useState<'leader' | 'member'>('member');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!person) {
      setError(t('teams.memberForm.personRequired'));
      return;
    }
    add.mutate({ personId: person.id, role }, { onSuccess: () => setPerson(null) });
  };
  return (
    <section className="network-section" aria-labelledby="members-title">
      <h3 id="members-title" className="section-title">
        {t('teams.membersTitle', { n: formatNumber(team.members) })}
      </h3>
      {team.memberList.length === 0 ? <p className="empty">{t('teams.noMembers')}</p> : null}
      <ul className="network-people">
        {team.memberList.map((m) => (
          <li key={m.personId}>
            <strong>{m.name}</strong> · {t(`teams.role.${m.role}`)}{' '}
            <span className="muted">({t('teams.joined', { date: formatDate(m.joinedAt) })})</span>{' '}
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={remove.isPending}
              onClick={() => remove.mutate(m.personId)}
            >
              {t('teams.removeMember')}
              <span className="visually-hidden"> {m.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <ErrorAlert error={remove.error} />
      <form
        onSubmit={submit}
        noValidate
        className="network-inline-form"
        aria-label={t('teams.memberForm.title')}
      >
        <PersonPicker
          label={t('teams.memberForm.person')}
          unitId={team.unitId}
          value={person}
          onChange={(p) => {
            setPerson(p);
            setError(undefined);
          }}
          error={error}
        />
        <SelectField
          label={t('teams.memberForm.role')}
          value={role}
          options={(['member', 'leader'] as const).map((v) => ({ value: v, label: t(`teams.role.${v}`) }))}
          onValueChange={(v) => setRole(v as 'leader' | 'member')}
        />
        <ErrorAlert error={add.error} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={add.isPending}>
            {t('teams.memberForm.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function Activities({ team }: { team: TeamDetail }) {
  const { t } = useTranslation('network');
  const toast = useToast();
  const log = useLogActivity(team.id);
  const remove = useRemoveActivity(team.id);
  const [day, setDay] = useState(formatDate(new Date().toISOString()));
  const [kind, setKind] = useState<ActivityKind>('support');
  const [title, setTitle] = useState('');
  const [participants, setParticipants] = useState('0');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<{ day?: string; title?: string; participants?: string }>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const iso = parseDisplayDay(day);
    const n = Number(participants.replace(/\./g, ''));
    const found = {
      day: iso ? undefined : t('teams.activityForm.dayInvalid'),
      title: title.trim().length >= 3 ? undefined : t('teams.activityForm.titleRequired'),
      participants: Number.isInteger(n) && n >= 0 ? undefined : t('teams.activityForm.participantsInvalid'),
    };
    setErrors(found);
    if (!iso || found.title || found.participants) return;
    log.mutate(
      {
        day: iso,
        kind,
        title: title.trim(),
        participants: n,
        ...(notes.trim() ? { notes: notes.trim() } : {}),
      },
      {
        onSuccess: () => {
          toast.showSuccess(t('teams.activityForm.done'));
          setTitle('');
          setNotes('');
          setParticipants('0');
        },
      },
    );
  };
  return (
    <section className="network-section" aria-labelledby="activities-title">
      <h3 id="activities-title" className="section-title">
        {t('teams.activitiesTitle', { n: formatNumber(team.activities) })}
      </h3>
      {team.activityList.length === 0 ? <p className="empty">{t('teams.noActivities')}</p> : null}
      <ul className="network-people">
        {team.activityList.map((a) => (
          <li key={a.id}>
            <strong>{formatIsoDay(a.day)}</strong> ·{' '}
            <span className="badge">{t(`teams.kind.${a.kind}`)}</span> {a.title}
            <span className="muted"> · {t('teams.participants', { n: formatNumber(a.participants) })}</span>
            {a.notes ? <p className="muted">{a.notes}</p> : null}
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={remove.isPending}
              onClick={() => remove.mutate(a.id)}
            >
              {t('teams.removeActivity')}
              <span className="visually-hidden"> {a.title}</span>
            </button>
          </li>
        ))}
      </ul>
      <ErrorAlert error={remove.error} />
      <form
        onSubmit={submit}
        noValidate
        className="network-inline-form form-grid"
        aria-label={t('teams.activityForm.title')}
      >
        <TextField
          label={t('teams.activityForm.day')}
          hint={t('teams.activityForm.dayHint')}
          value={day}
          onValueChange={setDay}
          inputMode="numeric"
          required
          error={errors.day}
        />
        <SelectField
          label={t('teams.activityForm.kind')}
          value={kind}
          options={KINDS.map((v) => ({ value: v, label: t(`teams.kind.${v}`) }))}
          onValueChange={(v) => setKind(v as ActivityKind)}
          required
        />
        <TextField
          label={t('teams.activityForm.activity')}
          value={title}
          onValueChange={setTitle}
          required
          maxLength={200}
          error={errors.title}
        />
        <TextField
          label={t('teams.activityForm.participants')}
          value={participants}
          onValueChange={setParticipants}
          inputMode="numeric"
          error={errors.participants}
        />
        <TextField
          label={t('teams.activityForm.notes')}
          value={notes}
          onValueChange={setNotes}
          maxLength={2000}
        />
        <ErrorAlert error={log.error} />
        <div className="form-actions form-grid__wide">
          <button type="submit" className="button" disabled={log.isPending}>
            {t('teams.activityForm.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

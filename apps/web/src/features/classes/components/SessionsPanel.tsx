// "Buổi học": the sessions of the class, a form to add one, and for the session opened its
// check-in QR (big, to project on the wall) with the attendance sheet the trainer ticks.
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { TextField } from '../../../components/ui/Field';
import { Loading } from '../../../components/ui/Loading';
import { formatNumber, parseDisplayDay } from '../../../lib/format';
import { sessionsQueryOptions, useAddSession, useDeleteSession } from '../api/sessions';
import type { ClassView, Session } from '../api/types';
import { AttendanceSheet } from './AttendanceSheet';
import { displayDayIn, formatSessionTime, parseTime, vnTimestamp } from './schedule';

export function SessionsPanel({ c }: { c: ClassView }) {
  const { t } = useTranslation('classes');
  const sessions = useQuery(sessionsQueryOptions(c.id));
  const [open, setOpen] = useState<string | null>(null);
  const opened = sessions.data?.items.find((s) => s.id === open) ?? null;

  return (
    <div className="classes-panel">
      {sessions.isPending ? <Loading /> : null}
      <ErrorAlert error={sessions.error} />
      {sessions.data?.items.length === 0 ? <p className="empty">{t('sessions.empty')}</p> : null}
      {sessions.data?.items.length ? (
        <ol className="classes-session-list">
          {sessions.data.items.map((s, i) => (
            <SessionItem
              key={s.id}
              s={s}
              n={i + 1}
              classId={c.id}
              open={s.id === open}
              onOpen={() => setOpen(s.id === open ? null : s.id)}
            />
          ))}
        </ol>
      ) : null}
      {opened ? <AttendanceSheet classId={c.id} session={opened} onClose={() => setOpen(null)} /> : null}
      {c.canManage ? <AddSessionForm classId={c.id} defaultInPerson={c.mode !== 'online'} /> : null}
    </div>
  );
}

function SessionItem({
  s,
  n,
  classId,
  open,
  onOpen,
}: {
  s: Session;
  n: number;
  classId: string;
  open: boolean;
  onOpen: () => void;
}) {
  const { t } = useTranslation('classes');
  const remove = useDeleteSession(classId);
  const [confirming, setConfirming] = useState(false);
  const when = formatSessionTime(s.startsAt);
  return (
    <li className={`classes-session${open ? ' classes-session--open' : ''}`}>
      <div className="classes-session__main">
        <p className="classes-session__when">
          {t('sessions.numbered', { n })} · {when}
        </p>
        <p className="classes-session__meta">
          {t('sessions.minutes', { value: formatNumber(s.minutes) })} ·{' '}
          {s.inPerson ? t('sessions.inPerson') : t('sessions.online')}
          {s.topic ? ` · ${s.topic}` : ''}
        </p>
        <p className="classes-session__meta">{t('sessions.attended', { value: formatNumber(s.attended) })}</p>
      </div>
      <div className="classes-session__actions">
        <button
          type="button"
          className={`button button--small ${open ? 'button--ghost' : 'button--primary'}`}
          aria-expanded={open}
          onClick={onOpen}
          aria-label={t(open ? 'sessions.closeNamed' : 'sessions.openNamed', { when })}
        >
          {open ? t('sessions.close') : t('sessions.open')}
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              className="button button--danger button--small"
              disabled={remove.isPending}
              onClick={() => remove.mutate(s.id)}
            >
              {t('sessions.deleteYes')}
            </button>
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => setConfirming(false)}
            >
              {t('sessions.deleteNo')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setConfirming(true)}
            aria-label={t('sessions.deleteNamed', { when })}
          >
            {t('sessions.delete')}
          </button>
        )}
      </div>
      <ErrorAlert error={remove.error} />
    </li>
  );
}

function AddSessionForm({ classId, defaultInPerson }: { classId: string; defaultInPerson: boolean }) {
  const { t } = useTranslation('classes');
  const add = useAddSession(classId);
  const [day, setDay] = useState(displayDayIn(7));
  const [time, setTime] = useState('08:00');
  const [minutes, setMinutes] = useState('90');
  const [topic, setTopic] = useState('');
  const [inPerson, setInPerson] = useState(defaultInPerson);
  const [errors, setErrors] = useState<{ day?: string; time?: string; minutes?: string }>({});
  const [added, setAdded] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const startsAt = vnTimestamp(day, time);
    const n = Number(minutes.trim());
    const found = {
      day: parseDisplayDay(day) ? undefined : t('form.errors.date'),
      time: parseTime(time) ? undefined : t('sessions.errors.time'),
      minutes: Number.isInteger(n) && n >= 15 && n <= 600 ? undefined : t('sessions.errors.minutes'),
    };
    setErrors(found);
    if (!startsAt || found.minutes) return;
    add.mutate(
      { startsAt, minutes: n, inPerson, ...(topic.trim() ? { topic: topic.trim() } : {}) },
      {
        onSuccess: (s) => {
          setAdded(formatSessionTime(s.startsAt));
          setTopic('');
        },
      },
    );
  };

  return (
    <section className="classes-add-session" aria-labelledby="add-session-title">
      <h3 id="add-session-title" className="classes-subtitle">
        {t('sessions.addTitle')}
      </h3>
      <form onSubmit={submit} noValidate className="classes-inline-form">
        <TextField
          label={t('sessions.day')}
          value={day}
          onValueChange={setDay}
          required
          inputMode="numeric"
          placeholder="dd/mm/yyyy"
          error={errors.day}
        />
        <TextField
          label={t('sessions.time')}
          value={time}
          onValueChange={setTime}
          required
          inputMode="numeric"
          placeholder="HH:mm"
          error={errors.time}
        />
        <TextField
          label={t('sessions.length')}
          value={minutes}
          onValueChange={setMinutes}
          inputMode="numeric"
          error={errors.minutes}
        />
        <TextField label={t('sessions.topic')} value={topic} onValueChange={setTopic} maxLength={200} />
        <label className="choice">
          <input type="checkbox" checked={inPerson} onChange={(e) => setInPerson(e.target.checked)} />
          <span>{t('sessions.inPersonChoice')}</span>
        </label>
        <button type="submit" className="button button--primary" disabled={add.isPending}>
          {t('sessions.add')}
        </button>
      </form>
      {added ? (
        <p className="alert alert--success" role="status">
          {t('sessions.added', { when: added })}
        </p>
      ) : null}
      <ErrorAlert error={add.error} />
    </section>
  );
}

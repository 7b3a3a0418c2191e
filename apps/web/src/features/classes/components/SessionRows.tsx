// The first sessions of a new class: a day, a start time, a length and a topic per row; rows can
// be added and removed (a class may also start with none and get its sessions later).
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/ui/Field';
import type { SessionDraft } from './class-form';
import { displayDayIn } from './schedule';

export function SessionRows({
  rows,
  onChange,
  error,
}: {
  rows: SessionDraft[];
  onChange: (rows: SessionDraft[]) => void;
  error?: string;
}) {
  const { t } = useTranslation('classes');
  const update = (key: number, patch: Partial<SessionDraft>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => {
    const last = rows[rows.length - 1];
    const key = (last?.key ?? 0) + 1;
    onChange([
      ...rows,
      { key, day: displayDayIn(7 * rows.length), time: last?.time ?? '08:00', minutes: '90', topic: '' },
    ]);
  };
  return (
    <fieldset className={`field classes-sessions${error ? ' field--invalid' : ''}`}>
      <legend className="field__label">{t('form.sessions')}</legend>
      <p className="field__hint">{t('form.sessionsHint')}</p>
      {rows.length === 0 ? <p className="muted">{t('form.noSessions')}</p> : null}
      <ol className="classes-sessions__list">
        {rows.map((row, i) => (
          <li key={row.key} className="classes-sessions__row">
            <TextField
              label={t('form.sessionDay', { n: i + 1 })}
              value={row.day}
              onValueChange={(day) => update(row.key, { day })}
              inputMode="numeric"
              placeholder="dd/mm/yyyy"
            />
            <TextField
              label={t('form.sessionTime')}
              value={row.time}
              onValueChange={(time) => update(row.key, { time })}
              inputMode="numeric"
              placeholder="HH:mm"
            />
            <TextField
              label={t('form.sessionMinutes')}
              value={row.minutes}
              onValueChange={(minutes) => update(row.key, { minutes })}
              inputMode="numeric"
            />
            <TextField
              label={t('form.sessionTopic')}
              value={row.topic}
              onValueChange={(topic) => update(row.key, { topic })}
              maxLength={200}
            />
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
              aria-label={t('form.removeSessionNamed', { n: i + 1 })}
            >
              {t('form.removeSession')}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--secondary button--small" onClick={add}>
        {t('form.addSession')}
      </button>
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  );
}

// "Hỗ trợ dịch vụ công": each commune names at least one person residents go to for online public
// services. The communes of my scope without anyone come first (highlighted), each with a button
// to name someone; then the communes' support people with where to find them.
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { TextField } from '../../../components/ui/Field';
import { Loading } from '../../../components/ui/Loading';
import { useToast } from '../../../components/ui/Toast';
import { formatDate, formatNumber } from '../../../lib/format';
import { supportQueryOptions, useAppointSupport, useRemoveSupport } from '../api/support';
import { PersonPicker, type PickedPerson } from './PersonPicker';

/** Communes without a helper listed before "show all". */
const FIRST_MISSING = 12;

interface Commune {
  unitId: number;
  name: string;
}

export function SupportPanel() {
  const { t } = useTranslation('network');
  const support = useQuery(supportQueryOptions());
  const remove = useRemoveSupport();
  const [appointing, setAppointing] = useState<Commune | null>(null);
  const [allMissing, setAllMissing] = useState(false);
  if (support.isPending) return <Loading />;
  if (support.error) return <ErrorAlert error={support.error} />;
  const { communes, missing } = support.data;
  const shownMissing = allMissing ? missing : missing.slice(0, FIRST_MISSING);
  const form = (c: Commune) =>
    appointing?.unitId === c.unitId ? (
      <AppointSupportForm commune={c} onDone={() => setAppointing(null)} />
    ) : null;
  return (
    <div className="network-panel">
      <p className="muted">{t('support.intro')}</p>
      <section className="network-section network-missing" aria-labelledby="missing-title">
        <h2 id="missing-title" className="section-title">
          {t('support.missingTitle', { count: missing.length, formatted: formatNumber(missing.length) })}
        </h2>
        {missing.length === 0 ? (
          <Alert tone="success">{t('support.noneMissing')}</Alert>
        ) : (
          <ul className="network-missing__list">
            {shownMissing.map((c) => (
              <li key={c.unitId} className="network-missing__item">
                <span className="network-missing__name">{c.name}</span>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setAppointing(c)}
                  aria-expanded={appointing?.unitId === c.unitId}
                >
                  {t('support.appoint')}
                  <span className="visually-hidden"> – {c.name}</span>
                </button>
                {form(c)}
              </li>
            ))}
          </ul>
        )}
        {missing.length > FIRST_MISSING ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setAllMissing(!allMissing)}
          >
            {allMissing
              ? t('support.showFewer', { n: FIRST_MISSING })
              : t('support.showAll', { n: formatNumber(missing.length) })}
          </button>
        ) : null}
      </section>
      <section className="network-section" aria-labelledby="support-title">
        <h2 id="support-title" className="section-title">
          {t('support.title')}
        </h2>
        <ErrorAlert error={remove.error} />
        {communes.length === 0 ? <p className="empty">{t('support.empty')}</p> : null}
        <ul className="network-cards network-cards--wide">
          {communes.map((c) => (
            <li key={c.unitId} className="card network-card">
              <h3 className="network-card__title">{c.name}</h3>
              <ul className="network-people">
                {c.people.map((p) => (
                  <li key={p.personId}>
                    <strong>{p.name}</strong>
                    {p.phone ? <span> · {p.phone}</span> : null}
                    <p className="muted">
                      {p.whereToFind ?? t('support.noWhere')} ·{' '}
                      {t('support.since', { date: formatDate(p.appointedAt) })}
                    </p>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={remove.isPending}
                      onClick={() => {
                        if (window.confirm(t('support.confirmRemove', { name: p.name, commune: c.name })))
                          remove.mutate({ unitId: c.unitId, personId: p.personId });
                      }}
                    >
                      {t('support.remove')}
                      <span className="visually-hidden"> {p.name}</span>
                    </button>
                  </li>
                ))}
              </ul>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setAppointing(c)}
                aria-expanded={appointing?.unitId === c.unitId}
              >
                {t('support.addAnother')}
                <span className="visually-hidden"> – {c.name}</span>
              </button>
              {form(c)}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function AppointSupportForm({ commune, onDone }: { commune: Commune; onDone: () => void }) {
  const { t } = useTranslation('network');
  const toast = useToast();
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const appoint = useAppointSupport(() => {
    toast.showSuccess(t('support.form.done', { name: person?.label ?? '', commune: commune.name }));
    onDone();
  });
  const [where, setWhere] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!person) {
      setError(t('support.form.personRequired'));
      return;
    }
    appoint.mutate({
      unitId: commune.unitId,
      personId: person.id,
      ...(where.trim() ? { whereToFind: where.trim() } : {}),
    });
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      className="network-inline-form"
      aria-label={t('support.form.title', { commune: commune.name })}
    >
      <PersonPicker
        label={t('support.form.person', { commune: commune.name })}
        unitId={commune.unitId}
        value={person}
        onChange={(p) => {
          setPerson(p);
          setError(undefined);
        }}
        required
        error={error}
      />
      <TextField
        label={t('support.form.where')}
        hint={t('support.form.whereHint')}
        value={where}
        onValueChange={setWhere}
        maxLength={300}
      />
      <ErrorAlert error={appoint.error} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={appoint.isPending}>
          {t('support.form.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}

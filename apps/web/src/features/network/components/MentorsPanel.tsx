// "Đại sứ số" tab of the network page: the mentors of the officer's scope with their record
// against the target of 5 (export), appointing a person as a mentor, pairing a learner with one.
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { Combobox } from '../../../components/ui/Combobox';
import { ExportLinks } from '../../../components/ui/ExportLinks';
import { Loading } from '../../../components/ui/Loading';
import { SearchBox } from '../../../components/ui/SearchBox';
import { SelectField } from '../../../components/ui/SelectField';
import { formatDate, formatNumber } from '../../../lib/format';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useAppointMentor } from '../api/mentors-appoint';
import { mentorLevelsQueryOptions } from '../api/mentors-levels';
import { mentorsFileUrl, mentorsQueryOptions } from '../api/mentors-list';
import { usePairMentor } from '../api/mentors-pair';
import { mentorPeopleQueryOptions } from '../api/mentors-people';
import type { MentorLevel, MentorsFilter, OfficerMentor, PersonOption } from '../api/mentors-types';
import '../../../styles/mentoring.css';

const levelName = (l: MentorLevel, language: string) =>
  language.startsWith('en') && l.titleEn ? l.titleEn : l.title;

export function MentorsPanel() {
  const { t } = useTranslation('mentoring');
  const [filter, setFilter] = useState<MentorsFilter>({});
  const mentors = useQuery(mentorsQueryOptions(filter));
  return (
    <div className="mentors-panel">
      <p className="muted">{t('console.intro')}</p>
      <section aria-labelledby="mentors-list-title" className="mentors-panel__list">
        <div className="mentors-panel__head">
          <h2 id="mentors-list-title" className="section-title">
            {t('console.title')}
          </h2>
          <ExportLinks href={(format) => mentorsFileUrl(filter, format)} context={t('console.export')} />
        </div>
        <div className="mentors-panel__filters">
          <SearchBox
            label={t('console.search')}
            value={filter.q ?? ''}
            onSearch={(q) => setFilter((f) => ({ ...f, q: q || undefined }))}
          />
          <SelectField
            label={t('console.filterMet')}
            value={filter.met ?? ''}
            onValueChange={(v) => setFilter((f) => ({ ...f, met: (v || undefined) as MentorsFilter['met'] }))}
            options={[
              { value: '', label: t('console.filterAll') },
              { value: 'true', label: t('console.filterMetYes') },
              { value: 'false', label: t('console.filterMetNo') },
            ]}
          />
        </div>
        {mentors.isPending ? <Loading /> : null}
        <ErrorAlert error={mentors.error} />
        {mentors.data ? (
          <>
            <p className="mentors-panel__summary">
              {t('console.summary', {
                mentors: formatNumber(mentors.data.summary.mentors),
                met: formatNumber(mentors.data.summary.met),
                passed: formatNumber(mentors.data.summary.passed),
              })}
            </p>
            <MentorsTable items={mentors.data.items} />
          </>
        ) : null}
      </section>
      <div className="mentors-panel__forms">
        <AppointForm />
        <PairForm mentors={mentors.data?.items ?? []} />
      </div>
    </div>
  );
}

function MentorsTable({ items }: { items: OfficerMentor[] }) {
  const { t, i18n } = useTranslation('mentoring');
  if (items.length === 0) return <p className="empty">{t('console.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table table--cards">
        <thead>
          <tr>
            <th scope="col">{t('console.name')}</th>
            <th scope="col">{t('console.unit')}</th>
            <th scope="col">{t('console.level')}</th>
            <th scope="col">{t('console.source')}</th>
            <th scope="col">{t('console.since')}</th>
            <th scope="col" className="num">
              {t('console.helped')}
            </th>
            <th scope="col" className="num">
              {t('console.active')}
            </th>
            <th scope="col" className="num">
              {t('console.passed')}
            </th>
            <th scope="col">{t('console.met')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.id}>
              <td className="table__primary" data-label={t('console.name')}>
                {m.name}
                {m.organisationName ? <span className="table__sub">{m.organisationName}</span> : null}
              </td>
              <td data-label={t('console.unit')}>{m.unitName}</td>
              <td data-label={t('console.level')}>{levelName(m.level, i18n.language)}</td>
              <td data-label={t('console.source')}>{t(`console.sources.${m.source}`)}</td>
              <td data-label={t('console.since')}>{formatDate(m.since)}</td>
              <td className="num" data-label={t('console.helped')}>
                {formatNumber(m.record.helped)}
              </td>
              <td className="num" data-label={t('console.active')}>
                {formatNumber(m.record.active)}
              </td>
              <td className="num" data-label={t('console.passed')}>
                {formatNumber(m.record.passed)}/{formatNumber(m.record.target)}
              </td>
              <td data-label={t('console.met')}>
                {m.record.met ? (
                  <span className="mentors-met">
                    <span aria-hidden="true">✓ </span>
                    {t('console.metYes')}
                  </span>
                ) : (
                  t('console.metNo')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A person of my scope, searched by name (at least 2 letters). */
function PersonField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: PersonOption | null;
  onChange: (p: PersonOption | null) => void;
}) {
  const { t } = useTranslation('mentoring');
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim());
  const people = useQuery(mentorPeopleQueryOptions(q));
  const status =
    q.length < 2
      ? t('console.typing')
      : people.isFetching && !people.data
        ? t('console.searching')
        : people.data?.items.length === 0
          ? t('console.nothing')
          : undefined;
  return (
    <Combobox<PersonOption>
      label={label}
      value={value}
      onChange={onChange}
      onInputChange={setText}
      options={q.length >= 2 ? (people.data?.items ?? []) : []}
      getKey={(p) => p.id}
      getLabel={(p) => (p.unitName ? `${p.fullName} — ${p.unitName}` : p.fullName)}
      status={status}
      hint={t('console.personHint')}
      required
    />
  );
}

function AppointForm() {
  const { t, i18n } = useTranslation('mentoring');
  const id = useId();
  const levels = useQuery(mentorLevelsQueryOptions);
  const [person, setPerson] = useState<PersonOption | null>(null);
  const [level, setLevel] = useState('attainment');
  const appoint = useAppointMentor();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!person) return;
    appoint.mutate({ personId: person.id, level }, { onSuccess: () => setPerson(null) });
  };
  return (
    <form onSubmit={submit} className="form card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {t('console.appointTitle')}
      </h2>
      <PersonField label={t('console.person')} value={person} onChange={setPerson} />
      <SelectField
        label={t('console.levelPick')}
        value={level}
        onValueChange={setLevel}
        options={(levels.data?.items ?? []).map((l) => ({
          value: l.id,
          label: l.programme
            ? `${levelName(l, i18n.language)} (${l.programme})`
            : levelName(l, i18n.language),
        }))}
      />
      <ErrorAlert error={appoint.error} />
      {appoint.isSuccess ? (
        <Alert tone="success">{t('console.appointed', { name: appoint.data.name })}</Alert>
      ) : null}
      <button type="submit" className="button button--primary" disabled={!person || appoint.isPending}>
        {t('console.appoint')}
      </button>
    </form>
  );
}

function PairForm({ mentors }: { mentors: OfficerMentor[] }) {
  const { t } = useTranslation('mentoring');
  const id = useId();
  const active = mentors.filter((m) => m.status === 'active');
  const [mentorId, setMentorId] = useState('');
  const [mentee, setMentee] = useState<PersonOption | null>(null);
  const pair = usePairMentor();
  const chosen = mentorId || active[0]?.personId || '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!mentee || !chosen) return;
    pair.mutate({ mentorId: chosen, menteeId: mentee.id }, { onSuccess: () => setMentee(null) });
  };
  return (
    <form onSubmit={submit} className="form card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {t('console.pairTitle')}
      </h2>
      <SelectField
        label={t('console.mentor')}
        value={chosen}
        onValueChange={setMentorId}
        options={active.map((m) => ({
          value: m.personId,
          label: m.unitName ? `${m.name} — ${m.unitName}` : m.name,
        }))}
      />
      <PersonField label={t('console.mentee')} value={mentee} onChange={setMentee} />
      <ErrorAlert error={pair.error} />
      {pair.isSuccess ? (
        <Alert tone="success">
          {t(pair.data.created ? 'console.paired' : 'console.pairedBefore', { name: pair.data.menteeName })}
        </Alert>
      ) : null}
      <button
        type="submit"
        className="button button--primary"
        disabled={!mentee || !chosen || pair.isPending}
      >
        {t('console.pair')}
      </button>
    </form>
  );
}

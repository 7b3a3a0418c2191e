// "Tạo thử thách": a title, the place (a unit or an organisation of my scope), the window in
// dd/MM/yyyy, the goal (modules mastered — of a course or programme —, points or minutes) and
// whether the places below compete. Checked here first; the server's field errors land beside
// the same fields.
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganisationPicker, type PickedOrganisation } from '../../../components/pickers/OrganisationPicker';
import { type PickedUnit, UnitPicker } from '../../../components/pickers/UnitPicker';
import { ErrorAlert } from '../../../components/ui/Alert';
import { describedBy, FieldShell, TextField } from '../../../components/ui/Field';
import { SelectField } from '../../../components/ui/SelectField';
import { ApiError } from '../../../lib/api-error';
import { formatDate, parseDisplayDay } from '../../../lib/format';
import { focusFirstError } from '../../../lib/validation';
import { useCreateChallenge } from '../api/create-challenge';
import { programmesQueryOptions } from '../api/list-programmes';
import type { Challenge, ChallengeGoal, PlaceKind } from '../api/types';

type GoalKind = ChallengeGoal['kind'];
const FIELDS = [
  'title',
  'place',
  'startsOn',
  'endsOn',
  'amount',
  'course',
  'contest',
  'description',
] as const;
type Field = (typeof FIELDS)[number];

/** Server detail paths ("goal.of.course", "organisationId"…) → the field that shows them. */
function fieldOf(path: string): Field | null {
  if (path === 'unitId' || path === 'organisationId') return 'place';
  if (path.startsWith('goal.of')) return 'course';
  if (path.startsWith('goal')) return 'amount';
  return (FIELDS as readonly string[]).includes(path) ? (path as Field) : null;
}

const inDays = (days: number) => formatDate(new Date(Date.now() + days * 86_400_000).toISOString());

export function ChallengeForm({
  onCreated,
  onCancel,
}: {
  onCreated: (c: Challenge) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('engagement');
  const create = useCreateChallenge();
  const programmes = useQuery(programmesQueryOptions);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [placeKind, setPlaceKind] = useState<PlaceKind>('unit');
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [organisation, setOrganisation] = useState<PickedOrganisation | null>(null);
  const [startsOn, setStartsOn] = useState(inDays(0));
  const [endsOn, setEndsOn] = useState(inDays(6));
  const [goalKind, setGoalKind] = useState<GoalKind>('modules');
  const [amount, setAmount] = useState('5');
  const [course, setCourse] = useState('');
  const [contest, setContest] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const descriptionId = useId();
  /** A field's own message goes as soon as it is edited. */
  const edited =
    <T,>(field: Field, set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
    };

  const serverErrors: Partial<Record<Field, string>> = {};
  let unplaced = false;
  if (create.error instanceof ApiError)
    for (const d of create.error.details) {
      const field = fieldOf(d.path);
      if (field && !serverErrors[field]) serverErrors[field] = d.message;
      else if (!field) unplaced = true;
    }
  const shown = { ...serverErrors, ...errors };
  const showBanner =
    create.error && (!(create.error instanceof ApiError) || unplaced || !create.error.details.length);

  const courseOptions = (programmes.data?.programmes ?? []).flatMap((p) => [
    { value: `programme:${p.id}`, label: t('form.wholeProgramme', { name: p.title }) },
    ...p.courses.map((c) => ({ value: `course:${p.id}/${c.id}`, label: `${p.title} – ${c.title}` })),
  ]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    const from = parseDisplayDay(startsOn);
    const to = parseDisplayDay(endsOn);
    const n = Number(amount.replace(/\./g, ''));
    if (title.trim().length < 3) found.title = t('form.errors.title');
    if (placeKind === 'unit' ? !unit : !organisation) found.place = t('form.errors.place');
    if (!from) found.startsOn = t('form.errors.date');
    if (!to) found.endsOn = t('form.errors.date');
    else if (from && to < from) found.endsOn = t('form.errors.order');
    if (!/^\d[\d.]*$/.test(amount.trim()) || !Number.isInteger(n) || n < 1)
      found.amount = t('form.errors.amount');
    setErrors(found);
    if (Object.keys(found).length || !from || !to) {
      focusFirstError(found, [...FIELDS]);
      return;
    }
    const of = course.startsWith('course:')
      ? { course: course.slice(7) }
      : course.startsWith('programme:')
        ? { programme: course.slice(10) }
        : undefined;
    const goal: ChallengeGoal =
      goalKind === 'modules'
        ? { kind: 'modules', count: n, ...(of ? { of } : {}) }
        : goalKind === 'xp'
          ? { kind: 'xp', points: n }
          : { kind: 'minutes', minutes: n };
    create.mutate(
      {
        title: title.trim(),
        ...(description.trim() ? { description: description.trim() } : {}),
        ...(placeKind === 'unit' ? { unitId: unit?.id } : { organisationId: organisation?.id }),
        startsOn: from,
        endsOn: to,
        goal,
        contest,
      },
      { onSuccess: onCreated },
    );
  };

  return (
    <section className="card engagement-form" aria-labelledby="challenge-form-title">
      <h2 id="challenge-form-title" className="section-title">
        {t('form.title')}
      </h2>
      <p className="muted">{t('form.intro')}</p>
      <form onSubmit={submit} noValidate className="form-grid">
        <div data-field="title" className="form-grid__wide">
          <TextField
            label={t('form.name')}
            value={title}
            onValueChange={edited('title', setTitle)}
            required
            maxLength={150}
            hint={t('form.nameHint')}
            error={shown.title}
          />
        </div>
        <SelectField
          label={t('form.placeKind')}
          value={placeKind}
          onValueChange={(v) => setPlaceKind(v as PlaceKind)}
          options={[
            { value: 'unit', label: t('place.unit') },
            { value: 'organisation', label: t('place.organisation') },
          ]}
        />
        <div data-field="place">
          {placeKind === 'unit' ? (
            <UnitPicker
              label={t('form.unit')}
              value={unit}
              onChange={edited('place', setUnit)}
              required
              hint={t('form.placeHint')}
              error={shown.place}
            />
          ) : (
            <OrganisationPicker
              label={t('form.organisation')}
              value={organisation}
              onChange={edited('place', setOrganisation)}
              required
              error={shown.place}
            />
          )}
        </div>
        <div data-field="startsOn">
          <TextField
            label={t('form.startsOn')}
            value={startsOn}
            onValueChange={edited('startsOn', setStartsOn)}
            required
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            hint={t('form.dateHint')}
            error={shown.startsOn}
          />
        </div>
        <div data-field="endsOn">
          <TextField
            label={t('form.endsOn')}
            value={endsOn}
            onValueChange={edited('endsOn', setEndsOn)}
            required
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            hint={t('form.dateHint')}
            error={shown.endsOn}
          />
        </div>
        <SelectField
          label={t('form.goalKind')}
          value={goalKind}
          onValueChange={(v) => setGoalKind(v as GoalKind)}
          options={(['modules', 'xp', 'minutes'] as const).map((k) => ({
            value: k,
            label: t(`goal.kinds.${k}`),
          }))}
        />
        <div data-field="amount">
          <TextField
            label={t(`goal.amount.${goalKind}`)}
            value={amount}
            onValueChange={edited('amount', setAmount)}
            required
            inputMode="numeric"
            error={shown.amount}
          />
        </div>
        {goalKind === 'modules' ? (
          <div data-field="course">
            <SelectField
              label={t('form.course')}
              value={course}
              onValueChange={setCourse}
              placeholder={t('form.anyModule')}
              options={courseOptions}
              error={shown.course}
            />
          </div>
        ) : null}
        <div data-field="contest" className="form-grid__wide">
          <label className="choice">
            <input type="checkbox" checked={contest} onChange={(e) => setContest(e.target.checked)} />
            <span>{t('form.contest')}</span>
          </label>
          <p className="field__hint">{t('form.contestHint')}</p>
          {shown.contest ? <p className="field__error">{shown.contest}</p> : null}
        </div>
        <div data-field="description" className="form-grid__wide">
          <FieldShell id={descriptionId} label={t('form.description')} error={shown.description}>
            <textarea
              id={descriptionId}
              className="input engagement-form__textarea"
              value={description}
              maxLength={2000}
              rows={3}
              onChange={(e) => setDescription(e.target.value)}
              aria-describedby={describedBy(descriptionId, null, shown.description)}
            />
          </FieldShell>
        </div>
        <div className="form-actions form-grid__wide">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {t('form.submit')}
          </button>
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
      {showBanner ? <ErrorAlert error={create.error} /> : null}
    </section>
  );
}

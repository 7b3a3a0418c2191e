// "Mở lớp mới": title, courses, mode (and ToT), audience, commune and venue, capacity, whether a
// join needs approval, dates and the first sessions. Checked here first (class-form.ts); the
// server's field errors land beside the same fields.
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { CheckboxGroup } from '../../../components/ui/ChoiceGroup';
import { describedBy, FieldShell, TextField } from '../../../components/ui/Field';
import { SelectField } from '../../../components/ui/SelectField';
import { ApiError } from '../../../lib/api-error';
import { focusFirstError } from '../../../lib/validation';
import { useCreateClass } from '../api/create-class';
import { classOptionsQueryOptions } from '../api/get-class-options';
import type { ClassView } from '../api/types';
import { CommunePicker } from './CommunePicker';
import { CourseChoices } from './CourseChoices';
import {
  type ClassFormValues,
  emptyClassForm,
  FORM_FIELDS,
  type FormErrors,
  type FormField,
  fieldOfPath,
  toNewClass,
  validateClassForm,
} from './class-form';
import { KINDS, MODES, optionsOf, TARGET_GROUPS, VENUE_KINDS, VULNERABILITIES } from './labels';
import { SessionRows } from './SessionRows';

export function ClassForm({
  onCreated,
  onCancel,
}: {
  onCreated: (c: ClassView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('classes');
  const create = useCreateClass();
  const options = useQuery(classOptionsQueryOptions);
  const [v, setV] = useState<ClassFormValues>(emptyClassForm);
  const [errors, setErrors] = useState<FormErrors>({});
  const descriptionId = useId();

  /** Sets one field; its own message goes as soon as it is edited. */
  const set = <K extends keyof ClassFormValues>(field: K, value: ClassFormValues[K]) => {
    setV((prev) => ({ ...prev, [field]: value }));
    setErrors((e) => (e[field as FormField] ? { ...e, [field]: undefined } : e));
  };

  const serverErrors: FormErrors = {};
  let unplaced = false;
  if (create.error instanceof ApiError)
    for (const d of create.error.details) {
      const field = fieldOfPath(d.path);
      if (field && !serverErrors[field]) serverErrors[field] = d.message;
      else if (!field) unplaced = true;
    }
  const shown = { ...serverErrors, ...errors };
  const showBanner =
    create.error && (!(create.error instanceof ApiError) || unplaced || !create.error.details.length);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateClassForm(v, t);
    setErrors(found);
    if (Object.keys(found).length) {
      focusFirstError(found, [...FORM_FIELDS]);
      return;
    }
    create.mutate(toNewClass(v), { onSuccess: onCreated });
  };

  const courses = options.data?.courses ?? [];
  const teams = (options.data?.teams ?? []).filter((team) => team.unitId === v.unit?.id);
  const inPerson = v.mode !== 'online';

  return (
    <section className="card classes-form" aria-labelledby="class-form-title">
      <h2 id="class-form-title" className="section-title">
        {t('form.title')}
      </h2>
      <p className="muted">{t('form.intro')}</p>
      <form onSubmit={submit} noValidate className="form-grid">
        <div data-field="title" className="form-grid__wide">
          <TextField
            label={t('form.name')}
            value={v.title}
            onValueChange={(x) => set('title', x)}
            required
            maxLength={150}
            hint={t('form.nameHint')}
            error={shown.title}
          />
        </div>
        <div data-field="courseIds" className="form-grid__wide">
          <CourseChoices
            courses={courses}
            values={v.courseIds}
            onValuesChange={(x) => set('courseIds', x)}
            loading={options.isPending}
            error={shown.courseIds}
          />
          <ErrorAlert error={options.error} />
        </div>
        <div data-field="mode">
          <SelectField
            label={t('form.mode')}
            value={v.mode}
            onValueChange={(x) => set('mode', x as ClassFormValues['mode'])}
            options={optionsOf(t, 'mode', MODES)}
            hint={t('form.modeHint')}
            required
            error={shown.mode}
          />
        </div>
        <div data-field="kind">
          <SelectField
            label={t('form.kind')}
            value={v.kind}
            onValueChange={(x) => set('kind', x as ClassFormValues['kind'])}
            options={optionsOf(t, 'kind', KINDS)}
            hint={t('form.kindHint')}
            error={shown.kind}
          />
        </div>
        <div data-field="targetGroups">
          <CheckboxGroup
            legend={t('form.targetGroups')}
            options={optionsOf(t, 'targetGroup', TARGET_GROUPS)}
            values={v.targetGroups}
            onValuesChange={(x) => set('targetGroups', x)}
            error={shown.targetGroups}
          />
        </div>
        <div data-field="vulnerabilities">
          <CheckboxGroup
            legend={t('form.vulnerabilities')}
            hint={t('form.vulnerabilitiesHint')}
            options={optionsOf(t, 'vulnerability', VULNERABILITIES)}
            values={v.vulnerabilities}
            onValuesChange={(x) => set('vulnerabilities', x)}
            error={shown.vulnerabilities}
          />
        </div>
        <div data-field="unit">
          <CommunePicker
            value={v.unit}
            onChange={(x) => {
              set('unit', x);
              set('teamId', '');
            }}
            error={shown.unit}
          />
        </div>
        <div data-field="teamId">
          <SelectField
            label={t('form.team')}
            value={v.teamId}
            onValueChange={(x) => set('teamId', x)}
            placeholder={t('form.noTeam')}
            options={teams.map((team) => ({ value: team.id, label: team.name }))}
            hint={t('form.teamHint')}
            error={shown.teamId}
          />
        </div>
        {inPerson ? (
          <>
            <div data-field="venueKind">
              <SelectField
                label={t('form.venueKind')}
                value={v.venueKind}
                onValueChange={(x) => set('venueKind', x as ClassFormValues['venueKind'])}
                options={optionsOf(t, 'venueKind', VENUE_KINDS)}
                error={shown.venueKind}
              />
            </div>
            <div data-field="venue">
              <TextField
                label={t('form.venue')}
                value={v.venue}
                onValueChange={(x) => set('venue', x)}
                required
                maxLength={300}
                placeholder={t('form.venuePlaceholder')}
                error={shown.venue}
              />
            </div>
          </>
        ) : null}
        <div data-field="capacity">
          <TextField
            label={t('form.capacity')}
            value={v.capacity}
            onValueChange={(x) => set('capacity', x)}
            inputMode="numeric"
            hint={t('form.capacityHint')}
            error={shown.capacity}
          />
        </div>
        <div data-field="closed">
          <label className="choice">
            <input type="checkbox" checked={v.closed} onChange={(e) => set('closed', e.target.checked)} />
            <span>{t('form.closed')}</span>
          </label>
          <p className="field__hint">{t('form.closedHint')}</p>
        </div>
        <div data-field="startsOn">
          <TextField
            label={t('form.startsOn')}
            value={v.startsOn}
            onValueChange={(x) => set('startsOn', x)}
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
            value={v.endsOn}
            onValueChange={(x) => set('endsOn', x)}
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            hint={t('form.endsOnHint')}
            error={shown.endsOn}
          />
        </div>
        <div data-field="sessions" className="form-grid__wide">
          <SessionRows rows={v.sessions} onChange={(x) => set('sessions', x)} error={shown.sessions} />
        </div>
        <div data-field="description" className="form-grid__wide">
          <FieldShell id={descriptionId} label={t('form.description')} error={shown.description}>
            <textarea
              id={descriptionId}
              className="input classes-textarea"
              value={v.description}
              maxLength={2000}
              rows={3}
              onChange={(e) => set('description', e.target.value)}
              aria-describedby={describedBy(descriptionId, null, shown.description)}
            />
          </FieldShell>
        </div>
        <div className="form-actions form-grid__wide">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? t('form.submitting') : t('form.submit')}
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

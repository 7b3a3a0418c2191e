// Official population figures (the KPI denominators) of my unit and the units below it, and a form
// to enter or correct one with its source and date. A roster file does many at once (/imports).
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PickedUnit, UnitPicker } from '../../../components/pickers/UnitPicker';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { TextField } from '../../../components/ui/Field';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { SelectField } from '../../../components/ui/SelectField';
import { formatIsoDay, formatNumber, parseDisplayDay } from '../../../lib/format';
import { hasPermission, useSession } from '../../../lib/session';
import { populationFiguresQueryOptions, useSetPopulationFigure } from '../api/population-figures';
import '../../../styles/monitoring.css';

const routeApi = getRouteApi('/_console/monitoring/population');

export function PopulationPage() {
  const { t } = useTranslation('monitoring');
  const session = useSession();
  const search = routeApi.useSearch();
  // My unit (the widest one of my roles) unless one is asked for.
  const unitId = search.unitId ?? session.roles.find((r) => r.unitId !== null)?.unitId ?? undefined;
  const figures = useQuery({ ...populationFiguresQueryOptions(unitId ?? 0), enabled: !!unitId });
  const canEnter = hasPermission(session, 'people.create');

  return (
    <>
      <PageHeader
        title={t('population.title')}
        subtitle={t('population.subtitle')}
        actions={
          <Link to="/imports" className="button button--secondary">
            {t('population.importLink')}
          </Link>
        }
      />
      {!unitId ? <Alert tone="info">{t('population.noUnit')}</Alert> : null}
      {figures.isPending && unitId ? <Loading /> : null}
      <ErrorAlert error={figures.error} />
      {figures.data ? (
        <>
          {canEnter ? <FigureForm keys={figures.data.keys} /> : null}
          <section className="monitoring-section" aria-labelledby="population-list">
            <h2 id="population-list" className="section-title">
              {t('population.listTitle')}
            </h2>
            {figures.data.items.length ? (
              <div className="table-wrap">
                <table className="table table--cards">
                  <thead>
                    <tr>
                      <th scope="col">{t('population.place')}</th>
                      <th scope="col">{t('population.key')}</th>
                      <th scope="col" className="num">
                        {t('population.value')}
                      </th>
                      <th scope="col">{t('population.source')}</th>
                      <th scope="col">{t('population.asOf')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {figures.data.items.map((f) => (
                      <tr key={`${f.key}-${f.unitId}-${f.organisationId}`}>
                        <td className="table__primary" data-label={t('population.place')}>
                          {f.unitName ?? f.organisationName}
                        </td>
                        <td data-label={t('population.key')}>
                          {figures.data.keys.find((k) => k.key === f.key)?.label ?? f.key}
                        </td>
                        <td className="num" data-label={t('population.value')}>
                          {formatNumber(f.value)}
                        </td>
                        <td data-label={t('population.source')}>{f.source}</td>
                        <td data-label={t('population.asOf')}>{formatIsoDay(f.asOf)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="empty">{t('population.empty')}</p>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}

function FigureForm({ keys }: { keys: { key: string; label: string }[] }) {
  const { t } = useTranslation('monitoring');
  const save = useSetPopulationFigure();
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [key, setKey] = useState(keys[0]?.key ?? 'working_age');
  const [value, setValue] = useState('');
  const [source, setSource] = useState('');
  const [asOf, setAsOf] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const day = parseDisplayDay(asOf);
    const number = Number(value.replace(/\./g, ''));
    const found: Record<string, string> = {};
    if (!unit) found.unit = t('population.errors.unit');
    if (!/^\d[\d.]*$/.test(value.trim()) || !Number.isSafeInteger(number))
      found.value = t('population.errors.value');
    if (source.trim().length < 3) found.source = t('population.errors.source');
    if (!day) found.asOf = t('population.errors.asOf');
    setErrors(found);
    if (Object.keys(found).length || !unit || !day) return;
    save.mutate(
      { key, unitId: unit.id, value: number, source: source.trim(), asOf: day },
      {
        onSuccess: () => {
          setValue('');
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="population-form">
      <h2 id="population-form" className="section-title">
        {t('population.formTitle')}
      </h2>
      <form onSubmit={submit} noValidate className="form-grid">
        <UnitPicker
          label={t('population.place')}
          value={unit}
          onChange={setUnit}
          required
          error={errors.unit}
        />
        <SelectField
          label={t('population.key')}
          value={key}
          onValueChange={setKey}
          options={keys.map((k) => ({ value: k.key, label: k.label }))}
        />
        <TextField
          label={t('population.value')}
          value={value}
          onValueChange={setValue}
          inputMode="numeric"
          required
          error={errors.value}
        />
        <TextField
          label={t('population.source')}
          value={source}
          onValueChange={setSource}
          required
          hint={t('population.sourceHint')}
          error={errors.source}
        />
        <TextField
          label={t('population.asOf')}
          value={asOf}
          onValueChange={setAsOf}
          required
          hint={t('population.asOfHint')}
          error={errors.asOf}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t('population.save')}
          </button>
        </div>
      </form>
      <ErrorAlert error={save.error} />
      {save.isSuccess ? <Alert tone="success">{t('population.saved')}</Alert> : null}
    </section>
  );
}

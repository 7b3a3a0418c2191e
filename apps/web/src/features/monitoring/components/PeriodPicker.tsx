// The report period: its kind (month, quarter, half-year, year), the year and which one.
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/SelectField';
import type { PeriodKind } from '../api/types';
import {
  PERIOD_KINDS,
  PERIODS_PER_YEAR,
  type Period,
  periodContaining,
  periodPart,
  todayIso,
} from './calendar';

interface Props {
  period: Period;
  years: number[];
  onChange: (period: Period) => void;
}

export function PeriodPicker({ period, years, onChange }: Props) {
  const { t } = useTranslation('monitoring');
  const count = PERIODS_PER_YEAR[period.kind];
  const changeKind = (kind: PeriodKind) => {
    // The period of the new kind around today when in this year, else the first of the year.
    const today = todayIso();
    const around = periodContaining(kind, today);
    onChange(around.year === period.year ? around : { kind, year: period.year, n: 1 });
  };
  return (
    <fieldset className="period-picker">
      <legend className="field__label">{t('reports.period.legend')}</legend>
      <div className="period-picker__fields">
        <SelectField
          label={t('reports.period.kind')}
          value={period.kind}
          onValueChange={(v) => changeKind(v as PeriodKind)}
          options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`reports.period.kinds.${k}`) }))}
        />
        <SelectField
          label={t('reports.period.year')}
          value={String(period.year)}
          onValueChange={(v) => onChange({ ...period, year: Number(v) })}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        {count > 1 ? (
          <SelectField
            label={t('reports.period.number')}
            value={String(period.n)}
            onValueChange={(v) => onChange({ ...period, n: Number(v) })}
            options={Array.from({ length: count }, (_, i) => ({
              value: String(i + 1),
              label: periodPart(t, period.kind, i + 1),
            }))}
          />
        ) : null}
      </div>
    </fieldset>
  );
}

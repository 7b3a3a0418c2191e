// A month of the honour roll: its month and year, never one still to come.
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/SelectField';

const FIRST_YEAR = 2025;

/** 'YYYY-MM' of today in Vietnam. */
export function currentMonth(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 7);
}

/** The month before the current one (Vietnam time): the last complete month. */
export function lastCompleteMonth(now = new Date()): string {
  const [y, m] = currentMonth(now).split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export function MonthPicker({ value, onChange }: { value: string; onChange: (month: string) => void }) {
  const { t } = useTranslation('engagement');
  const [year, month] = value.split('-').map(Number) as [number, number];
  const [thisYear, thisMonth] = currentMonth().split('-').map(Number) as [number, number];
  const years = Array.from({ length: Math.max(1, thisYear - FIRST_YEAR + 1) }, (_, i) => thisYear - i);
  const months = Array.from({ length: year === thisYear ? thisMonth : 12 }, (_, i) => i + 1);
  const set = (y: number, m: number) => {
    const last = y === thisYear ? Math.min(m, thisMonth) : m;
    onChange(`${y}-${String(last).padStart(2, '0')}`);
  };
  return (
    <fieldset className="engagement-month">
      <legend className="field__label">{t('honour.monthLegend')}</legend>
      <div className="engagement-month__fields">
        <SelectField
          label={t('honour.month')}
          value={String(month)}
          onValueChange={(v) => set(year, Number(v))}
          options={months.map((m) => ({ value: String(m), label: t('honour.monthName', { month: m }) }))}
        />
        <SelectField
          label={t('honour.year')}
          value={String(year)}
          onValueChange={(v) => set(Number(v), month)}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
      </div>
    </fieldset>
  );
}

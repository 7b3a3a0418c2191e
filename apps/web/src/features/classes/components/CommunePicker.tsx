// The commune of a class: only the places the caller may open a class in (from /classes/options),
// searched as they type.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Combobox } from '../../../components/ui/Combobox';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { classUnitsQueryOptions } from '../api/get-class-options';

export interface PickedCommune {
  id: number;
  label: string;
}

export function CommunePicker({
  value,
  onChange,
  error,
}: {
  value: PickedCommune | null;
  onChange: (value: PickedCommune | null) => void;
  error?: string;
}) {
  const { t } = useTranslation('classes');
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim());
  const units = useQuery({ ...classUnitsQueryOptions(q), placeholderData: keepPreviousData });
  const options = (units.data ?? []).slice(0, 20).map((u) => ({ id: u.id, label: u.name }));
  const status = units.isFetching
    ? t('form.unitSearching')
    : options.length === 0
      ? t('form.unitNone')
      : undefined;
  return (
    <Combobox<PickedCommune>
      label={t('form.unit')}
      value={value}
      onChange={onChange}
      onInputChange={setText}
      options={options}
      getKey={(u) => String(u.id)}
      getLabel={(u) => u.label}
      status={status}
      placeholder={t('form.unitPlaceholder')}
      hint={t('form.unitHint')}
      required
      error={error}
    />
  );
}

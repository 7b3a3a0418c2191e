import { useQuery } from '@tanstack/react-query';
import { type ReactNode, type Ref, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../lib/types';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { Combobox } from '../ui/Combobox';
import { MIN_SEARCH_LENGTH, unitSearchQueryOptions } from './picker-queries';
import { pickerStatus } from './use-picker-search';

export interface PickedUnit {
  id: number;
  label: string;
}

export interface UnitPickerProps {
  label: string;
  value: PickedUnit | null;
  onChange: (value: PickedUnit | null) => void;
  required?: boolean;
  hint?: ReactNode;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** Type part of a commune/ward name (diacritics optional); picks by the unit's full name. */
export function UnitPicker({ label, value, onChange, required, hint, error, inputRef }: UnitPickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim());
  const query = useQuery(unitSearchQueryOptions(q));
  const ready = text.trim().length >= MIN_SEARCH_LENGTH;
  const options = ready ? (query.data?.items ?? []) : [];

  return (
    <Combobox<Unit | PickedUnit>
      label={label}
      value={value}
      onChange={(item) => onChange(item ? toPicked(item) : null)}
      onInputChange={setText}
      options={options}
      getKey={(item) => String(item.id)}
      getLabel={(item) => ('fullName' in item ? item.fullName : item.label)}
      renderOption={(item) =>
        'fullName' in item ? (
          <>
            <span className="option__title">{item.fullName}</span>
            <span className="option__meta">
              {t(`unitType.${item.type}`)} · {t('picker.unitCode', { code: item.code })}
            </span>
          </>
        ) : (
          item.label
        )
      }
      status={pickerStatus(text, query, t)}
      placeholder={t('picker.unitPlaceholder')}
      required={required}
      hint={hint}
      error={error}
      inputRef={inputRef}
    />
  );
}

function toPicked(item: Unit | PickedUnit): PickedUnit {
  return 'fullName' in item ? { id: item.id, label: item.fullName } : item;
}

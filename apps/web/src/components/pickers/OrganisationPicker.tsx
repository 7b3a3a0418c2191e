import { useQuery } from '@tanstack/react-query';
import { type ReactNode, type Ref, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationSummary } from '../../lib/types';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { Combobox } from '../ui/Combobox';
import { MIN_SEARCH_LENGTH, organisationSearchQueryOptions } from './picker-queries';
import { pickerStatus } from './use-picker-search';

export interface PickedOrganisation {
  id: string;
  label: string;
}

export interface OrganisationPickerProps {
  label: string;
  value: PickedOrganisation | null;
  onChange: (value: PickedOrganisation | null) => void;
  /** Hide one organisation from the matches (an organisation cannot be its own parent). */
  excludeId?: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function OrganisationPicker(props: OrganisationPickerProps) {
  const { label, value, onChange, excludeId, required, hint, error, inputRef } = props;
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim());
  const query = useQuery(organisationSearchQueryOptions(q));
  const ready = text.trim().length >= MIN_SEARCH_LENGTH;
  const options = ready ? (query.data?.items ?? []).filter((item) => item.id !== excludeId) : [];

  return (
    <Combobox<OrganisationSummary | PickedOrganisation>
      label={label}
      value={value}
      onChange={(item) => onChange(item ? toPicked(item) : null)}
      onInputChange={setText}
      options={options}
      getKey={(item) => item.id}
      getLabel={(item) => ('name' in item ? item.name : item.label)}
      renderOption={(item) =>
        'name' in item ? (
          <>
            <span className="option__title">{item.name}</span>
            <span className="option__meta">
              {t(`organisationType.${item.type}`)} · {item.unitName}
            </span>
          </>
        ) : (
          item.label
        )
      }
      status={pickerStatus(text, query, t)}
      placeholder={t('picker.organisationPlaceholder')}
      required={required}
      hint={hint}
      error={error}
      inputRef={inputRef}
    />
  );
}

function toPicked(item: OrganisationSummary | PickedOrganisation): PickedOrganisation {
  return 'name' in item ? { id: item.id, label: item.name } : item;
}

// Search a person of my scope by name (the people register's search), optionally within one
// commune; picks by id. Used to appoint trainers, support people and team members.
import { useQuery } from '@tanstack/react-query';
import { type Ref, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Combobox } from '../../../components/ui/Combobox';
import { errorMessage } from '../../../lib/error-message';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { peopleSearchQueryOptions } from '../api/search-people';
import type { PersonOption } from '../api/types';

export interface PickedPerson {
  id: string;
  label: string;
}

export function PersonPicker({
  label,
  value,
  onChange,
  unitId,
  error,
  required,
  inputRef,
}: {
  label: string;
  value: PickedPerson | null;
  onChange: (value: PickedPerson | null) => void;
  unitId?: number;
  error?: string;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation(['network', 'common']);
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim());
  const query = useQuery(peopleSearchQueryOptions(q, unitId));
  const ready = text.trim().length >= 2;
  const options = ready ? (query.data?.items ?? []) : [];
  const status = !ready
    ? t('common:picker.typeMore', { count: 2 })
    : query.isError
      ? errorMessage(query.error, t)
      : query.isFetching || !query.data
        ? t('common:picker.searching')
        : options.length === 0
          ? t('common:picker.noMatches')
          : '';

  return (
    <Combobox<PersonOption | PickedPerson>
      label={label}
      value={value}
      onChange={(item) =>
        onChange(item ? ('fullName' in item ? { id: item.id, label: item.fullName } : item) : null)
      }
      onInputChange={setText}
      options={options}
      getKey={(item) => item.id}
      getLabel={(item) => ('fullName' in item ? item.fullName : item.label)}
      renderOption={(item) =>
        'fullName' in item ? (
          <>
            <span className="option__title">{item.fullName}</span>
            <span className="option__meta">
              {[item.unitName, item.birthYear ? t('person.born', { year: item.birthYear }) : null]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </>
        ) : (
          item.label
        )
      }
      status={status}
      placeholder={t('person.placeholder')}
      required={required}
      error={error}
      inputRef={inputRef}
    />
  );
}

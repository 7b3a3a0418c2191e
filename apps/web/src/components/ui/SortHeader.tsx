import { useTranslation } from 'react-i18next';

interface SortHeaderProps<S extends string> {
  label: string;
  /** Ascending sort key; descending is the same key prefixed with "-". */
  field: string;
  sort: S;
  onSort: (sort: S) => void;
}

/** Column header that toggles ascending/descending and reports the state via aria-sort. */
export function SortHeader<S extends string>({ label, field, sort, onSort }: SortHeaderProps<S>) {
  const { t } = useTranslation();
  const state = sort === field ? 'ascending' : sort === `-${field}` ? 'descending' : 'none';
  const next = (state === 'ascending' ? `-${field}` : field) as S;
  return (
    <th scope="col" aria-sort={state}>
      <button type="button" className="sort-button" onClick={() => onSort(next)}>
        {label}
        <span className="visually-hidden"> {t(`sort.${state}`)}</span>
        <span aria-hidden="true" className="sort-button__icon">
          {state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

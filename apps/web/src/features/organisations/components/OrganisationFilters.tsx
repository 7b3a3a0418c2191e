import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { unitLabelQueryOptions } from '../../../components/pickers/picker-queries';
import { UnitPicker } from '../../../components/pickers/UnitPicker';
import { FilterPanel } from '../../../components/ui/FilterPanel';
import { SelectField } from '../../../components/ui/SelectField';
import { ORGANISATION_TYPES, type OrganisationType } from '../../../lib/types';
import {
  ORGANISATION_SORTS,
  type OrganisationSort,
  type OrganisationsSearch,
} from '../routes/organisations-search';

interface OrganisationFiltersProps {
  search: OrganisationsSearch;
  sort: OrganisationSort;
  onChange: (patch: Partial<OrganisationsSearch>) => void;
}

export function OrganisationFilters({ search, sort, onChange }: OrganisationFiltersProps) {
  const { t } = useTranslation(['organisations', 'common']);
  const unit = useQuery(unitLabelQueryOptions(search.unitId));
  const unitValue = search.unitId
    ? { id: search.unitId, label: unit.data?.fullName ?? t('common:loading') }
    : null;

  return (
    <FilterPanel activeCount={[search.type, search.unitId].filter(Boolean).length}>
      <fieldset className="filters">
        <legend className="visually-hidden">{t('filters.legend')}</legend>
        <SelectField
          label={t('fields.type')}
          value={search.type ?? ''}
          placeholder={t('filters.all')}
          options={ORGANISATION_TYPES.map((type) => ({
            value: type,
            label: t(`common:organisationType.${type}`),
          }))}
          onValueChange={(v) => onChange({ type: (v || undefined) as OrganisationType | undefined })}
        />
        <UnitPicker
          key={search.unitId ?? 'none'}
          label={t('filters.unit')}
          value={unitValue}
          onChange={(picked) => onChange({ unitId: picked?.id })}
        />
        <SelectField
          label={t('sort.label')}
          value={sort}
          options={ORGANISATION_SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) }))}
          onValueChange={(v) => onChange({ sort: v as OrganisationSort })}
        />
        {search.type || search.unitId ? (
          <button
            type="button"
            className="button button--ghost filters__reset"
            onClick={() => onChange({ type: undefined, unitId: undefined })}
          >
            {t('filters.reset')}
          </button>
        ) : null}
      </fieldset>
    </FilterPanel>
  );
}

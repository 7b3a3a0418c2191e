import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { unitLabelQueryOptions } from '../../../components/pickers/picker-queries';
import { UnitPicker } from '../../../components/pickers/UnitPicker';
import { FilterPanel } from '../../../components/ui/FilterPanel';
import { SelectField } from '../../../components/ui/SelectField';
import { TARGET_GROUPS, type TargetGroup, VULNERABILITIES, type Vulnerability } from '../../../lib/types';
import { PEOPLE_SORTS, type PeopleSearch, type PeopleSort } from '../routes/people-search';

interface PeopleFiltersProps {
  search: PeopleSearch;
  sort: PeopleSort;
  onChange: (patch: Partial<PeopleSearch>) => void;
}

export function PeopleFilters({ search, sort, onChange }: PeopleFiltersProps) {
  const { t } = useTranslation(['people', 'common']);
  // The URL only holds the unit id; fetch its name so the picker can show it.
  const unit = useQuery(unitLabelQueryOptions(search.unitId));
  const unitValue = search.unitId
    ? { id: search.unitId, label: unit.data?.fullName ?? t('common:loading') }
    : null;
  const hasFilters = Boolean(search.targetGroup || search.vulnerability || search.unitId);

  return (
    <FilterPanel
      activeCount={[search.targetGroup, search.vulnerability, search.unitId].filter(Boolean).length}
    >
      <fieldset className="filters">
        <legend className="visually-hidden">{t('filters.legend')}</legend>
        <SelectField
          label={t('common:person.targetGroups')}
          value={search.targetGroup ?? ''}
          placeholder={t('filters.all')}
          options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`common:targetGroup.${g}`) }))}
          onValueChange={(v) => onChange({ targetGroup: (v || undefined) as TargetGroup | undefined })}
        />
        <SelectField
          label={t('common:person.vulnerabilities')}
          value={search.vulnerability ?? ''}
          placeholder={t('filters.all')}
          options={VULNERABILITIES.map((v) => ({ value: v, label: t(`common:vulnerability.${v}`) }))}
          onValueChange={(v) => onChange({ vulnerability: (v || undefined) as Vulnerability | undefined })}
        />
        <UnitPicker
          // Remount when the URL changes the unit so the picker shows the new label.
          key={search.unitId ?? 'none'}
          label={t('filters.unit')}
          value={unitValue}
          onChange={(picked) => onChange({ unitId: picked?.id })}
        />
        <SelectField
          label={t('sort.label')}
          value={sort}
          options={PEOPLE_SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) }))}
          onValueChange={(v) => onChange({ sort: v as PeopleSort })}
        />
        {hasFilters ? (
          <button
            type="button"
            className="button button--ghost filters__reset"
            onClick={() => onChange({ targetGroup: undefined, vulnerability: undefined, unitId: undefined })}
          >
            {t('filters.reset')}
          </button>
        ) : null}
      </fieldset>
    </FilterPanel>
  );
}

// The audit log's filters: action (a family or one action), days, and the actor or target
// picked from the table, shown as removable chips.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterPanel } from '../../../components/ui/FilterPanel';
import type { AuditSearch } from '../routes/audit-search';
import { DayRangeForm } from './DayRangeForm';
import { useAuditLabels } from './labels';

interface Props {
  search: AuditSearch;
  /** Names for the chips, from the entries shown (every entry then has that actor or target). */
  actorName: string | null;
  targetName: string | null;
  onChange: (patch: Partial<AuditSearch>) => void;
}

export function AuditFilters({ search, actorName, targetName, onChange }: Props) {
  const { t } = useTranslation('audit');
  const labels = useAuditLabels();
  const actionId = useId();
  const byLabel = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], 'vi');
  const families = Object.entries(labels.families).sort(byLabel);
  const actions = Object.entries(labels.actions).sort(byLabel);
  // An action typed in the URL that the lists do not know still shows as selected.
  const unknownAction = search.action && !labels.actions[search.action] && !labels.families[search.action];
  // The actor and target filters are chips outside the panel, so they stay in sight on phones.
  const inPanel = [search.action, search.from || search.to].filter(Boolean).length;

  return (
    <>
      <FilterPanel activeCount={inPanel}>
        <fieldset className="filters audit-filters">
          <legend className="visually-hidden">{t('filters.legend')}</legend>
          <div className="field">
            <label htmlFor={actionId} className="field__label">
              {t('filters.action')}
            </label>
            <select
              id={actionId}
              className="input select"
              value={search.action ?? ''}
              onChange={(event) => onChange({ action: event.target.value || undefined })}
            >
              <option value="">{t('filters.allActions')}</option>
              {unknownAction ? <option value={search.action}>{search.action}</option> : null}
              <optgroup label={t('filters.families')}>
                {families.map(([code, label]) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('filters.exactActions')}>
                {actions.map(([code, label]) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
          <DayRangeForm from={search.from} to={search.to} onChange={onChange} />
        </fieldset>
      </FilterPanel>
      {search.actorAccountId || search.targetId || inPanel ? (
        <ul className="audit-chips" aria-label={t('filters.legend')}>
          {search.actorAccountId ? (
            <li className="audit-chip">
              {t('filters.actor', { name: actorName ?? search.actorAccountId })}
              <button
                type="button"
                className="audit-chip__remove"
                aria-label={`${t('filters.removeFilter')}: ${t('filters.actor', { name: actorName ?? '' })}`}
                onClick={() => onChange({ actorAccountId: undefined })}
              >
                ×
              </button>
            </li>
          ) : null}
          {search.targetId ? (
            <li className="audit-chip">
              {t('filters.target', { name: targetName ?? search.targetId })}
              <button
                type="button"
                className="audit-chip__remove"
                aria-label={`${t('filters.removeFilter')}: ${t('filters.target', { name: targetName ?? search.targetId })}`}
                onClick={() => onChange({ targetType: undefined, targetId: undefined })}
              >
                ×
              </button>
            </li>
          ) : null}
          <li>
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() =>
                onChange({
                  action: undefined,
                  from: undefined,
                  to: undefined,
                  actorAccountId: undefined,
                  targetType: undefined,
                  targetId: undefined,
                })
              }
            >
              {t('filters.reset')}
            </button>
          </li>
        </ul>
      ) : null}
    </>
  );
}

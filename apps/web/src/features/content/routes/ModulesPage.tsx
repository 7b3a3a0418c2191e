import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { SearchBox } from '../../../components/ui/SearchBox';
import { formatNumber } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { authoringModulesQueryOptions } from '../api/list-authoring-modules';
import { DRAFT_STATUSES, type DraftStatus } from '../api/types';
import { canAuthor, canReview } from '../components/content-access';
import { searchable } from '../components/localized';
import { ModuleTable } from '../components/ModuleTable';
import { NewModuleForm } from '../components/NewModuleForm';
import type { ContentModulesSearch } from './modules-search';

const routeApi = getRouteApi('/_console/content/modules');

export function ModulesPage() {
  const { t } = useTranslation('content');
  const session = useSession();
  const search = routeApi.useSearch();
  const navigateSearch = routeApi.useNavigate();
  const navigate = useNavigate();
  const list = useQuery(authoringModulesQueryOptions);
  const [creating, setCreating] = useState(false);
  const author = canAuthor(session);
  const reviewer = canReview(session);

  const items = list.data?.items ?? [];
  const counts = useMemo(() => {
    const out: Record<DraftStatus, number> = { draft: 0, in_review: 0, rejected: 0 };
    for (const item of items) if (item.draftStatus) out[item.draftStatus]++;
    return out;
  }, [items]);
  const shown = useMemo(() => {
    const needle = search.q ? searchable(search.q) : '';
    return items.filter(
      (item) =>
        (!search.status || item.draftStatus === search.status) &&
        (!needle || searchable(`${item.title ?? ''} ${item.id}`).includes(needle)),
    );
  }, [items, search.q, search.status]);

  const update = (patch: Partial<ContentModulesSearch>) =>
    navigateSearch({ search: (prev) => ({ ...prev, ...patch }) });

  const filters: { value: DraftStatus | undefined; label: string }[] = [
    {
      value: undefined,
      label: t('modules.filterAll', { count: items.length, value: formatNumber(items.length) }),
    },
    ...DRAFT_STATUSES.map((status) => ({
      value: status,
      label: t(`modules.filter.${status}`, { count: counts[status] }),
    })),
  ];

  return (
    <>
      <PageHeader
        title={t('modules.title')}
        subtitle={t('modules.subtitle')}
        actions={
          author && !creating ? (
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              {t('modules.add')}
            </button>
          ) : null
        }
      />
      {creating ? (
        <NewModuleForm
          existingIds={new Set(items.map((item) => item.id))}
          onCancel={() => setCreating(false)}
          onStart={(id) => void navigate({ to: '/content/modules/$moduleId', params: { moduleId: id } })}
        />
      ) : null}
      {reviewer && counts.in_review > 0 && search.status !== 'in_review' ? (
        <div className="waiting-alert">
          <Alert tone="info">
            <span className="waiting-notice">
              {t('modules.waiting', { count: counts.in_review })}{' '}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => update({ status: 'in_review' })}
              >
                {t('modules.showWaiting')}
              </button>
            </span>
          </Alert>
        </div>
      ) : null}
      <SearchBox
        label={t('modules.searchLabel')}
        placeholder={t('modules.searchPlaceholder')}
        value={search.q ?? ''}
        onSearch={(q) => update({ q: q || undefined })}
      />
      <fieldset className="status-filter">
        <legend className="field__label">{t('modules.filterLabel')}</legend>
        <div className="status-filter__options">
          {filters.map((filter) => (
            <button
              key={filter.value ?? 'all'}
              type="button"
              className="status-filter__option"
              aria-pressed={search.status === filter.value}
              onClick={() => update({ status: filter.value })}
            >
              {filter.label}
            </button>
          ))}
        </div>
      </fieldset>
      {list.isPending ? <Loading /> : null}
      <ErrorAlert error={list.error} />
      {list.data ? (
        <div aria-busy={list.isFetching}>
          <p className="list-total" aria-live="polite">
            {t('modules.total', { count: shown.length })}
          </p>
          {shown.length ? <ModuleTable modules={shown} /> : <p className="empty">{t('modules.empty')}</p>}
        </div>
      ) : null}
    </>
  );
}

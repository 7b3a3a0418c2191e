// A target by target group (people, households) or organisation type (organisations), ranked.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RankedBarChart } from '../../../components/charts/RankedBarChart';
import { ErrorAlert } from '../../../components/ui/Alert';
import { ExportLinks } from '../../../components/ui/ExportLinks';
import { Loading } from '../../../components/ui/Loading';
import { type BreakdownParams, breakdownExportHref, breakdownQueryOptions } from '../api/get-breakdown';
import type { TargetOverview } from '../api/types';
import { figuresText, groupLabel } from './labels';

export function GroupBreakdown({ target, params }: { target: TargetOverview; params: BreakdownParams }) {
  const { t } = useTranslation('monitoring');
  const breakdown = useQuery(breakdownQueryOptions(target.id, params));
  if (breakdown.isPending) return <Loading />;
  if (breakdown.error) return <ErrorAlert error={breakdown.error} />;
  const rows = breakdown.data.items
    .filter((i) => i.value !== null)
    .map((i) => ({
      key: i.key || '-',
      label: groupLabel(t, i.key),
      value: i.value ?? 0,
      target: target.targetShare,
      status: i.status,
      detail: figuresText(t, i, target.subject),
    }));
  return (
    <div
      className={breakdown.isPlaceholderData ? 'is-refreshing' : undefined}
      aria-busy={breakdown.isFetching}
    >
      {rows.length ? (
        <RankedBarChart title={t('groups.title')} rows={rows} nameLabel={t('groups.name')} />
      ) : (
        <p className="empty">{t('groups.empty')}</p>
      )}
      <ExportLinks
        href={(format) => breakdownExportHref(target.id, params, format)}
        context={t('detail.by.group')}
      />
    </div>
  );
}
